import { useMemo } from 'react';
import { isUnstartedPlan } from '../../domain';
import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { NotFound } from '../../components/not-found';
import { Page } from '../../components/page';
import { useAnalysisData, usePlan, usePlanJournal, usePlanSaver } from '../../storage';
import { PlanForm } from './plan-form';
import { PlanPdf } from './plan-pdf';
import { StartPlan } from './start-plan';
import { useGapLabels } from './use-gap-labels';
import { useFindings } from '../analysis/use-findings';
import './action-plan.css';

export function ActionPlanScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const data = useAnalysisData(auditId);
  const plan = usePlan(auditId);
  const save = usePlanSaver(auditId);
  const journal = usePlanJournal(auditId);
  const findings = useFindings(data?.input);
  const gaps = useGapLabels(findings);
  const partners = useMemo(() => (findings?.registers.partners ?? []).map((p) => ({ key: p.key, name: p.name })), [findings]);

  if (data === null) return <NotFound />;
  if (!data || plan === undefined || !findings) return <p>{t('plan.loading')}</p>;

  return (
    <Page
      title={`${t('plan.title')} – ${data.audit.locality}`}
      before={<Link href={`/audits/${auditId}`}>{t('plan.back')}</Link>}
      actions={
        <Link href={`/audits/${auditId}/analysis`} className="button">
          {t('plan.analysis')}
        </Link>
      }
    >
      <p>{t('plan.intro')}</p>
      {plan && !isUnstartedPlan(plan) ? (
        <PlanForm plan={plan} latest={plan} gaps={gaps} partners={partners} save={save} journal={journal} />
      ) : (
        // Changes to priorities made on the analysis screen before the plan was started stay.
        <StartPlan gaps={gaps} onStart={(p) => void save({ ...p, overrides: plan?.overrides ?? [] }, plan ?? null)} />
      )}
      <PlanPdf audit={data.audit} templates={data.input.templates} findings={findings} plan={plan} />
    </Page>
  );
}
