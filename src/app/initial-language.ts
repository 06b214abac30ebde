import { isSupportedLanguage, pickLanguage, type Language } from '../i18n/languages';

export const LANGUAGE_KEY = 'lsa.language';

/** The language chosen before on this device, else the browser's, else English. */
export function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  if (isSupportedLanguage(saved)) return saved;
  return pickLanguage(globalThis.navigator?.languages ?? []);
}
