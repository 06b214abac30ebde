import { Link } from 'wouter';
import { Page } from '../../components/page';
import { useTranslation } from '../../components/use-translation';

/**
 * A person who answered alone in a workshop's private round: their answers are never
 * opened one by one, only seen combined in the session's results.
 */
export function PrivateAnswers({ auditId, sessionId, locality }: { auditId: string; sessionId: string; locality: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('runner.private.title')} before={<Link href={`/audits/${auditId}`}>{t('runner.backToAudit', { locality })}</Link>}>
      <p>{t('runner.private.text')}</p>
      <p>
        <Link href={`/audits/${auditId}/workshop/${sessionId}/summary`} className="button primary">
          {t('runner.private.results')}
        </Link>
      </p>
    </Page>
  );
}
