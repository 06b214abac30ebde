import { useTranslation } from '../../components/use-translation';
import type { SaveStatus } from '../../storage';

/** Whether everything on screen is on the device; a failed write says so and can be retried. */
export function SaveState({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  if (status.state === 'error') {
    return (
      <p className="ws-save ws-save-error" role="alert">
        {t(status.reason === 'quota' ? 'workshop.save.quota' : 'workshop.save.failed')}{' '}
        <button type="button" onClick={onRetry}>
          {t('workshop.save.retry')}
        </button>
      </p>
    );
  }
  return <p className="ws-save">{status.state === 'saving' ? t('workshop.save.saving') : t('workshop.save.saved')}</p>;
}
