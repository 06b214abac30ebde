import { useTranslation } from '../../components/use-translation';
import { useFormatters } from '../../components/use-formatters';
import type { SaveStatus } from '../../storage';

/** Quiet while all is well; an alert when saving fails, saying what is safe and what to do. */
export function SaveStatusView({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (status.state === 'error') {
    return (
      <div className="save-status error" role="alert">
        <p>{status.reason === 'quota' ? t('runner.save.quota') : t('runner.save.other', { message: status.message })}</p>
        <button type="button" onClick={onRetry}>
          {t('runner.save.retry')}
        </button>
      </div>
    );
  }
  return (
    <p className="save-status" data-state={status.state}>
      {status.state === 'saving'
        ? t('runner.save.saving')
        : status.at
          ? t('runner.save.savedAt', { time: format.time(status.at) })
          : t('runner.save.saved')}
    </p>
  );
}
