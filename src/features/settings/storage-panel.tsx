import { useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { useStorageStatus } from '../../storage';
import { useBytes } from './use-bytes';

/** How safe the data is on this device, in plain words, and what the person can do. */
export function StoragePanel() {
  const { t } = useTranslation();
  const bytes = useBytes();
  const { status, persist } = useStorageStatus();
  const [outcome, setOutcome] = useState<string | null>(null);
  const ask = async () => setOutcome((await persist()) ? t('settings.persistGranted') : t('settings.persistRefused'));
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storageTitle')}</h2>
      <p>{t('settings.storageText')}</p>
      <p>
        {status?.usage !== undefined && status.quota !== undefined
          ? t('settings.usage', { used: bytes(status.usage), quota: bytes(status.quota) })
          : t('settings.usageUnknown')}
      </p>
      {status?.low ? (
        <p className="error-text" role="alert">
          {t('settings.lowSpace')}
        </p>
      ) : null}
      <p className={status?.persisted ? 'ok-text' : 'warning-text'}>{status?.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
      {status && !status.persisted && status.canPersist ? (
        <>
          <p className="help">{t('settings.persistWhy')}</p>
          <button type="button" className="primary" onClick={() => void ask()}>
            {t('settings.persist')}
          </button>
        </>
      ) : null}
      {outcome ? <p role="status">{outcome}</p> : null}
      <h3>{t('settings.clearingTitle')}</h3>
      <p>{t('settings.clearingText')}</p>
      <p>{t('settings.backupText')}</p>
    </section>
  );
}
