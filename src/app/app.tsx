import { useTranslation } from 'react-i18next';
import { Link, Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LanguageSwitch } from '../components/language-switch';
import { NotificationsProvider } from '../components/notifications';
import { DatabaseProvider } from '../storage';
import { database } from './database';
import { ErrorBoundary } from './error-boundary';
import { LanguageProvider } from './language-provider';
import { Routes } from './routes';

function Shell() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="app-name">
          {t('app.name')}
        </Link>
        <nav className="app-nav" aria-label={t('app.mainNavigation')}>
          <Link href="/">{t('app.nav.audits')}</Link>
          <Link href="/templates">{t('app.nav.templates')}</Link>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Routes />
        </ErrorBoundary>
      </main>
    </>
  );
}

export function App() {
  return (
    <DatabaseProvider db={database}>
      <LanguageProvider>
        <NotificationsProvider>
          <Router hook={useHashLocation}>
            <Shell />
          </Router>
        </NotificationsProvider>
      </LanguageProvider>
    </DatabaseProvider>
  );
}
