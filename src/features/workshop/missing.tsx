import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { Page } from '../../components/page';

/** A session that does not exist (or was removed): a way back rather than a dead end. */
export function Missing({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('workshop.missing')}>
      <p>{t('workshop.missingText')}</p>
      <Link href={`~/audits/${auditId}/workshop`}>{t('workshop.backToSessions')}</Link>
    </Page>
  );
}
