import i18next, { type i18n } from 'i18next';
import type { Language } from './languages';
import type { AppMessages } from './messages';

/**
 * The app's i18next: only the language in use is loaded (each language's messages are a
 * chunk of their own), the other one when the person switches. The command line, the
 * report and tests use create-i18n.ts, which has both at once.
 */
export function loadMessages(language: Language): Promise<AppMessages> {
  return language === 'fr' ? import('./fr/app-index').then((m) => m.frApp) : import('./en/app-index').then((m) => m.enApp);
}

export function createAppI18n(language: Language, messages: AppMessages): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: messages } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Loads a language's messages if needed, then switches to it. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) instance.addResourceBundle(language, 'translation', await loadMessages(language));
  await instance.changeLanguage(language);
}
