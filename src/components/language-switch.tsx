import { useTranslation } from './use-translation';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';
import { useLanguage } from './language-context';

/** Two buttons rather than a menu: one press, visible state, reachable by keyboard. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {SUPPORTED_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === language}
          onClick={() => setLanguage(lang)}
        >
          {t(`app.languageNames.${lang}`)}
        </button>
      ))}
    </div>
  );
}
