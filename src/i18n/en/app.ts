export const app = {
  name: 'Local Safety Audit',
  tagline: 'A local diagnostic for human-trafficking prevention, from answers to an action plan.',
  language: 'Language',
  languageNames: { en: 'English', fr: 'Français' },
  skipToContent: 'Skip to main content',
  nav: { audits: 'Audits', templates: 'Templates', settings: 'Settings' },
  mainNavigation: 'Main navigation',
};
