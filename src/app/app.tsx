import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { LanguageProvider } from './language-provider';

function Shell() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </main>
    </>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <Shell />
    </LanguageProvider>
  );
}
