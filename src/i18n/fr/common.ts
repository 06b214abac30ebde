import type { Messages } from '../messages';

export const common: Messages['common'] = {
  cancel: 'Annuler',
  close: 'Fermer',
  save: 'Enregistrer',
  back: 'Retour',
  open: 'Ouvrir',
  loading: 'Chargement…',
  notFound: 'Page introuvable',
  notFoundText: 'Cette page n’existe pas, ou l’enregistrement a été supprimé.',
  backToAudits: 'Retour aux audits',
  progress: '{{answered}} sur {{total}} répondues ({{percent}})',
  required: 'obligatoire',
  optional: 'facultatif',
  /** A label and its value, with the colon each language writes. */
  labelled: '{{label}}\u00a0: {{text}}',
  identity: {
    email: 'Ceci ressemble à une adresse courriel. N’écrivez jamais qui est une personne ni comment la joindre\u00a0: décrivez des rôles, des lieux et ce qui se passe.',
    phone: 'Ceci ressemble à un numéro de téléphone. N’écrivez jamais qui est une personne ni comment la joindre\u00a0: décrivez des rôles, des lieux et ce qui se passe.',
  },
  undo: 'Annuler l’action',
  dismiss: 'Fermer le message',
  errorTitle: 'Une erreur est survenue',
  reload: 'Recharger l’application',
  notifications: 'Notifications',
};
