import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, isSupportedLanguage, pickLanguage, type Language } from '../i18n';
import { LanguageContext } from '../components/language-context';

const STORAGE_KEY = 'lsa.language';

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isSupportedLanguage(saved)) return saved;
  return pickLanguage(globalThis.navigator?.languages ?? []);
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => createI18n(initialLanguage()), []);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    // Install prompts and home-screen names follow the language in use.
    document.querySelector('link[rel="manifest"]')?.setAttribute('href', language === 'fr' ? './manifest-fr.webmanifest' : './manifest.webmanifest');
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  }, [i18n, language]);

  const value = useMemo(() => ({ language, setLanguage }), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}
