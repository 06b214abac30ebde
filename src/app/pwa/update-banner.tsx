import { useTranslation } from '../../components/use-translation';

/** Shown when a new version waits; the person chooses when to reload. */
export function UpdateBanner({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="update-banner" role="status">
      <p>{t('pwa.updateReady')}</p>
      <button type="button" className="primary" onClick={onReload}>
        {t('pwa.reload')}
      </button>
    </div>
  );
}
