import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { useOnline } from '../../components/use-online';
import { useStorageStatus } from '../../storage';

/** Quiet signals under the header: offline (nothing is wrong) and low storage (act soon). */
export function AppStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const { status } = useStorageStatus();
  return (
    <>
      {!online ? (
        <p className="status-line offline" role="status" title={t('pwa.offlineDetail')}>
          <span className="status-dot" aria-hidden="true" />
          {t('pwa.offline')}
          <span className="visually-hidden">: {t('pwa.offlineDetail')}</span>
        </p>
      ) : null}
      {status?.low ? (
        <p className="status-line warning" role="alert">
          {t('pwa.lowSpace')} <Link href="/settings">{t('pwa.seeSettings')}</Link>
        </p>
      ) : null}
    </>
  );
}
