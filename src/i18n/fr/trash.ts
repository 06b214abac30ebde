import type { Messages } from '../messages';

export const trash: Messages['trash'] = {
  title: 'Corbeille',
  intro: 'Les audits dans la corbeille conservent toutes leurs réponses jusqu’à leur suppression définitive. Les sauvegardes faites auparavant les contiennent toujours.',
  nothing: 'La corbeille est vide.',
  trashedOn: 'Mis à la corbeille le {{when}}',
  restore: 'Restaurer {{locality}}',
  deleteForever: 'Supprimer définitivement',
  empty: 'Vider la corbeille',
  confirmPurgeTitle: 'Supprimer définitivement cet audit?',
  confirmPurgeText: 'L’audit de {{locality}}, ses répondants, ses réponses et son plan d’action seront effacés de cet appareil. Cette action est irréversible. Les copies dans des sauvegardes ou des exportations antérieures ne sont pas touchées.',
  confirmEmptyTitle: 'Vider la corbeille?',
  confirmEmptyText: 'Tous les audits de la corbeille seront effacés de cet appareil, avec toutes leurs réponses. Cette action est irréversible. Les copies dans des sauvegardes ou des exportations antérieures ne sont pas touchées.',
};
