import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { switchLanguage } from '../i18n/app-i18n';
import { rememberedT } from '../i18n/remembered-t';
import type { Language } from '../i18n/languages';
import { LanguageContext } from '../components/language-context';
import { TranslationContext } from '../components/use-translation';
import { LANGUAGE_KEY } from './initial-language';

interface LanguageProviderProps {
  i18n: i18n;
  initial: Language;
  children: ReactNode;
}

export function LanguageProvider({ i18n, initial, children }: LanguageProviderProps) {
  const [language, setLanguage] = useState<Language>(initial);

  useEffect(() => {
    document.documentElement.lang = language;
    globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    // Install prompts and home-screen names follow the language in use.
    document.querySelector('link[rel="manifest"]')?.setAttribute('href', language === 'fr' ? './manifest-fr.webmanifest' : './manifest.webmanifest');
  }, [language]);

  const value = useMemo(
    () => ({
      language,
      // The other language's messages load first, so the screen never shows raw keys.
      setLanguage: (next: Language) => void switchLanguage(i18n, next).then(() => setLanguage(next)),
    }),
    [i18n, language],
  );
  // A new function when the language changes, so every component that shows words re-renders.
  const translation = useMemo(() => ({ t: rememberedT(i18n.getFixedT(language)), i18n }), [i18n, language]);
  return (
    <TranslationContext.Provider value={translation}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </TranslationContext.Provider>
  );
}
