import type { Messages } from '../messages';

export const app: Messages['app'] = {
  name: 'Audit local de sécurité',
  tagline: 'Un diagnostic local pour prévenir la traite des personnes, des réponses au plan d’action.',
  language: 'Langue',
  languageNames: { en: 'English', fr: 'Français' },
  skipToContent: 'Aller au contenu principal',
  nav: { audits: 'Audits', templates: 'Modèles', settings: 'Paramètres' },
  mainNavigation: 'Navigation principale',
};
