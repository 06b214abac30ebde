export { createI18n, resources } from './create-i18n';
export { SUPPORTED_LANGUAGES, isSupportedLanguage, pickLanguage, type Language } from './languages';
export type { Messages } from './messages';
export { formatTemplateIssue } from './format-template-issue';
