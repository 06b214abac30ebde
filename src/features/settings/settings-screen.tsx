import { useTranslation } from '../../components/use-translation';
import { LanguageSwitch } from '../../components/language-switch';
import { Page } from '../../components/page';
import { useInstallPrompt } from '../../components/use-install-prompt';
import { useOnline } from '../../components/use-online';
import { BackupPanel } from './backup-panel';
import { StoragePanel } from './storage-panel';

export function SettingsScreen({ checkForUpdate }: { checkForUpdate: () => Promise<void> }) {
  const { t } = useTranslation();
  const online = useOnline();
  const install = useInstallPrompt();
  return (
    <Page title={t('settings.title')}>
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.language')}</h2>
        <LanguageSwitch />
      </section>
      <section aria-labelledby="offline-title">
        <h2 id="offline-title">{t('settings.offlineTitle')}</h2>
        <p>{t('settings.offlineText')}</p>
        <p role="status">{online ? t('settings.online') : t('settings.offline')}</p>
        {install ? (
          <>
            <p>{t('settings.installText')}</p>
            <button type="button" className="primary" onClick={() => void install()}>
              {t('settings.install')}
            </button>
          </>
        ) : null}
        <p>
          {t('settings.version', { version: __APP_VERSION__ })}{' '}
          <button type="button" onClick={() => void checkForUpdate()}>
            {t('settings.checkUpdate')}
          </button>
        </p>
      </section>
      <StoragePanel />
      <BackupPanel />
    </Page>
  );
}
