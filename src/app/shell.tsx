import { useTranslation } from '../components/use-translation';
import { Link } from 'wouter';
import { LanguageSwitch } from '../components/language-switch';
import { ErrorBoundary } from './error-boundary';
import { AppStatus } from './pwa/app-status';
import { UpdateBanner } from './pwa/update-banner';
import { useServiceWorker } from './pwa/use-service-worker';
import { useWriteFailureNotice } from './pwa/use-write-failure-notice';
import { Routes } from './routes';

/** Answers are flushed as the page hides; this wait lets any write in progress end first. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 150));

export function Shell() {
  const { t } = useTranslation();
  const worker = useServiceWorker(settle);
  useWriteFailureNotice();
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
          <Link href="/settings">{t('app.nav.settings')}</Link>
        </nav>
        <LanguageSwitch />
        <AppStatus />
      </header>
      {worker.updateReady ? <UpdateBanner onReload={() => void worker.applyUpdate()} /> : null}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Routes checkForUpdate={worker.checkForUpdate} />
        </ErrorBoundary>
      </main>
    </>
  );
}
