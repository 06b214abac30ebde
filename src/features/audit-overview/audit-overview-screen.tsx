import { useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Link, useLocation } from 'wouter';
import { localize } from '../../domain/template/localize';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useLanguage } from '../../components/language-context';
import { NotFound } from '../../components/not-found';
import { useNotify } from '../../components/notifications';
import { Page } from '../../components/page';
import { useFormatters } from '../../components/use-formatters';
import { useAudit, useAuditActions, useRespondents, useTemplateRecord, type RespondentRecord } from '../../storage';
import { AddRespondentForm } from './add-respondent-form';
import { ExportAudit } from './export-audit';
import { RespondentList } from './respondent-list';
import { SectionTable } from './section-table';
import './audit-overview.css';

export function AuditOverviewScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormatters();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const audit = useAudit(auditId);
  const respondents = useRespondents(auditId);
  const main = useTemplateRecord(audit?.templateKey);
  const actions = useAuditActions();
  const [removing, setRemoving] = useState<RespondentRecord | null>(null);

  if (audit === null || main === null) return <NotFound />;
  if (audit === undefined || main === undefined || respondents === undefined) return <p>{t('common.loading')}</p>;

  const remove = async (respondent: RespondentRecord) => {
    setRemoving(null);
    await actions.removeRespondent(respondent.id);
    notify({ message: t('overview.removed', { code: respondent.code }) });
  };
  const period = [audit.periodStart, audit.periodEnd].map((d) => (d ? format.date(d) : '…')).join(' – ');

  return (
    <Page
      title={audit.locality}
      before={<Link href="/">{t('common.backToAudits')}</Link>}
      actions={
        <>
          <Link href={`/audits/${auditId}/analysis`} className="button">
            {t('overview.analysisLink')}
          </Link>
          <Link href={`/audits/${auditId}/plan`} className="button">
            {t('overview.planLink')}
          </Link>
        </>
      }
    >
      <section aria-labelledby="details-title">
        <h2 id="details-title" className="visually-hidden">
          {t('overview.details')}
        </h2>
        <dl className="details">
          <dt>{t('overview.template')}</dt>
          <dd>
            {localize(main.template.title, language)} ({main.version})
          </dd>
          <dt>{t('overview.leadOrganisation')}</dt>
          <dd>{audit.leadOrganisation}</dd>
          <dt>{t('overview.period')}</dt>
          <dd>{audit.periodStart || audit.periodEnd ? period : t('overview.notSet')}</dd>
          <dt>{t('overview.reportLanguage')}</dt>
          <dd>{t(`app.languageNames.${audit.language === 'fr' ? 'fr' : 'en'}`)}</dd>
          <dt>{t('overview.status')}</dt>
          <dd>{t(`audits.status.${audit.status}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">{t('overview.sections')}</h2>
        <SectionTable template={main.template} templateKey={audit.templateKey} respondents={respondents} />
      </section>
      <section aria-labelledby="respondents-title">
        <h2 id="respondents-title">{t('overview.respondents')}</h2>
        <p>{t('overview.respondentsIntro')}</p>
        <p>
          <Link href={`/audits/${auditId}/workshop`} className="button">
            {t('overview.workshopLink')}
          </Link>
        </p>
        <RespondentList auditId={auditId} respondents={respondents} onRemove={setRemoving} />
        <AddRespondentForm auditId={auditId} mainTemplate={main.template} onAdded={(id) => navigate(`/audits/${auditId}/respondents/${id}`)} />
      </section>
      <section aria-labelledby="files-title">
        <h2 id="files-title">{t('files.export')}</h2>
        <ExportAudit auditId={auditId} />
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={t('overview.confirmRemoveTitle')}
        message={t('overview.confirmRemoveText', { code: removing?.code ?? '' })}
        confirmLabel={t('overview.remove')}
        danger
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </Page>
  );
}
