import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { emptyPlan, type PriorityOverride } from '../../domain';
import { NotFound } from '../../components/not-found';
import { Page } from '../../components/page';
import { useAnalysisData, usePlan, usePlanSaver } from '../../storage';
import { ConcernPanel } from './concern-panel';
import { CoverageTable } from './coverage-table';
import { GapsTable } from './gaps-table';
import { IndicatorsTable } from './indicators-table';
import { ConfidenceFigure, EngagementFigure } from './partner-figures';
import { RegistersPanel } from './registers-panel';
import { RespondentsSummary } from './respondents-summary';
import { useFindings } from './use-findings';
import './analysis.css';

export function AnalysisScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const data = useAnalysisData(auditId);
  const plan = usePlan(auditId);
  const savePlan = usePlanSaver(auditId);
  const findings = useFindings(data?.input);

  if (data === null) return <NotFound />;
  if (!data || !findings || plan === undefined) return <p>{t('analysis.loading')}</p>;

  const saveOverrides = async (change: (overrides: readonly PriorityOverride[], now: number) => PriorityOverride[]) => {
    const now = Date.now();
    const base = plan ?? emptyPlan(now);
    // From the plan read here: a plan typed in another tab meanwhile is merged, not overwritten.
    await savePlan({ ...base, overrides: change(base.overrides, now), updatedAt: now }, plan ?? null);
  };
  const override = (gapId: string, change: { score: number; reason: string; gapName: string } | null) =>
    saveOverrides((overrides, now) => [...overrides.filter((o) => o.gapId !== gapId), ...(change ? [{ gapId, ...change, at: now }] : [])]);
  const unmatched = new Set(findings.unmatchedOverrides);
  const forgetUnmatched = () => saveOverrides((overrides) => overrides.filter((o) => !unmatched.has(o.gapId)));

  return (
    <Page
      title={`${t('analysis.title')} – ${data.audit.locality}`}
      before={<Link href={`/audits/${auditId}`}>{t('analysis.links.back')}</Link>}
      actions={
        <Link href={`/audits/${auditId}/plan`} className="button primary">
          {t('analysis.links.plan')}
        </Link>
      }
    >
      <p>{t('analysis.intro', { threshold: findings.threshold })}</p>
      <RespondentsSummary respondents={findings.respondents} />
      {findings.respondents.total === 0 ? (
        <p className="empty">{t('analysis.noRespondents')}</p>
      ) : (
        <>
          <ConcernPanel concern={findings.concern} />
          <section aria-labelledby="coverage-title">
            <h2 id="coverage-title">{t('analysis.coverage.title')}</h2>
            <CoverageTable title={t('analysis.coverage.groups')} matrix={findings.coverage.groupsByActivities} />
            <CoverageTable title={t('analysis.coverage.sectors')} matrix={findings.coverage.sectorsByPartners} />
          </section>
          <IndicatorsTable indicators={findings.indicators} />
          <EngagementFigure engagement={findings.engagement} />
          <ConfidenceFigure confidence={findings.confidence} />
          <GapsTable
            gaps={findings.gaps}
            unmatched={(plan?.overrides ?? []).filter((o) => unmatched.has(o.gapId))}
            onOverride={(id, change) => void override(id, change)}
            onForgetUnmatched={() => void forgetUnmatched()}
          />
          <RegistersPanel registers={findings.registers} threshold={findings.threshold} />
        </>
      )}
    </Page>
  );
}
