import type { Messages } from '../messages';

export const pwa: Messages['pwa'] = {
  updateReady: 'Une nouvelle version de l’application est prête. Vos réponses sont enregistrées; rechargez quand cela vous convient.',
  reload: 'Recharger maintenant',
  offline: 'Hors ligne',
  offlineDetail: 'Aucun réseau : tout fonctionne et s’enregistre sur cet appareil.',
  lowSpace: 'L’espace de stockage de cet appareil s’épuise.',
  seeSettings: 'Voir quoi faire',
  writeFailed: 'Une modification n’a pas pu être enregistrée : {{message}}. Rien de ce qui était déjà enregistré n’est perdu.',
  quotaFailed: 'Une modification n’a pas pu être enregistrée : l’espace de stockage de cet appareil est plein. Rien de ce qui était déjà enregistré n’est perdu; libérez de l’espace et réessayez.',
};
