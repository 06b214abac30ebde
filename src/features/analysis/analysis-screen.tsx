import { useState } from 'react';
import { useTranslation } from '../../components/use-translation';
import { Link } from 'wouter';
import { emptyPlan } from '../../domain';
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
  const [version, setVersion] = useState(0);
  const data = useAnalysisData(auditId, version);
  const plan = usePlan(auditId);
  const savePlan = usePlanSaver(auditId);
  const findings = useFindings(data?.input);

  if (data === null) return <NotFound />;
  if (!data || !findings || plan === undefined) return <p>{t('analysis.loading')}</p>;

  const override = async (gapId: string, change: { score: number; reason: string } | null) => {
    const now = Date.now();
    const base = plan ?? emptyPlan(now);
    const others = base.overrides.filter((o) => o.gapId !== gapId);
    await savePlan({ ...base, overrides: change ? [...others, { gapId, ...change, at: now }] : others, updatedAt: now });
    setVersion((v) => v + 1);
  };

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
          <GapsTable gaps={findings.gaps} unmatched={findings.unmatchedOverrides} onOverride={(id, change) => void override(id, change)} />
          <RegistersPanel registers={findings.registers} />
        </>
      )}
    </Page>
  );
}
