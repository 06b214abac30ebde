import { useTranslation } from '../../../components/use-translation';
import { Link, useLocation } from 'wouter';
import { NotFound } from '../../../components/not-found';
import { Page } from '../../../components/page';
import { useAudit, useImportedTemplates, useTemplateRecord, useWorkshopSessions } from '../../../storage';
import { SessionList } from './session-list';
import { StartSessionForm } from './start-session-form';
import { templateChoices } from './template-choices';

export function SessionsScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const audit = useAudit(auditId);
  const main = useTemplateRecord(audit?.templateKey);
  const sessions = useWorkshopSessions(auditId);
  const imported = useImportedTemplates();
  if (audit === null || main === null) return <NotFound />;
  if (!audit || !main || !sessions || !imported) return <p>{t('common.loading')}</p>;
  return (
    <Page title={t('workshop.sessions.title')} before={<Link href={`~/audits/${auditId}`}>{t('workshop.backToAudit', { locality: audit.locality })}</Link>}>
      <p>{t('workshop.sessions.intro')}</p>
      <p className="ws-do-no-harm">{t('workshop.doNoHarm')}</p>
      <section aria-labelledby="ws-sessions-title">
        <h2 id="ws-sessions-title">{t('workshop.sessions.listTitle')}</h2>
        <SessionList sessions={sessions} />
      </section>
      <StartSessionForm auditId={auditId} choices={templateChoices(main, imported)} onStarted={(id) => navigate(`/${id}`)} />
    </Page>
  );
}
