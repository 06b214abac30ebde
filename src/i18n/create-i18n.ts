import i18next, { type i18n } from 'i18next';
import { en } from './en';
import { fr } from './fr';
import type { Language } from './languages';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/** A fresh, fully loaded i18next instance: the same messages serve the app, the PDF and the CLI. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
