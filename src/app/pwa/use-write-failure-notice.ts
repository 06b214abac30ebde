import { useEffect } from 'react';
import { useTranslation } from '../../components/use-translation';
import { useNotify } from '../../components/notifications';
import { isQuotaError } from '../../storage';

/**
 * Any failed write not handled where it happened (creating an audit, adding a respondent…)
 * still tells the person, plainly, and that nothing saved before was touched.
 */
export function useWriteFailureNotice(): void {
  const { t } = useTranslation();
  const notify = useNotify();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const error: unknown = event.reason;
      const name = (error as { name?: string } | null)?.name ?? '';
      if (!isQuotaError(error) && !/Error$/.test(name)) return;
      notify({
        message: isQuotaError(error) ? t('pwa.quotaFailed') : t('pwa.writeFailed', { message: error instanceof Error ? error.message : String(error) }),
        timeout: 0,
      });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notify, t]);
}
