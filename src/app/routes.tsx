import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from '../components/use-translation';
import { Route, Switch } from 'wouter';
import { NotFound } from '../components/not-found';
import { AuditsScreen } from '../features/audits/audits-screen';
import { TrashScreen } from '../features/audits/trash-screen';
import type { RunAuditScreen as RunAuditScreenType } from '../features/run-audit/run-audit-screen';
import { ensureExtraMessages } from '../i18n/app-i18n';
import { loadedRunner, setLoadedRunner } from './loaded-runner';

// Screens beyond the first load on demand, keeping the first bundle small.
const loadRunner = () =>
  import('../features/run-audit/run-audit-screen').then((m) => {
    setLoadedRunner(m.RunAuditScreen);
    return m;
  });
const NewAuditScreen = lazy(() => import('../features/new-audit/new-audit-screen').then((m) => ({ default: m.NewAuditScreen })));
const AuditOverviewScreen = lazy(() => import('../features/audit-overview/audit-overview-screen').then((m) => ({ default: m.AuditOverviewScreen })));
// These three bring their own words (analysis, plan, workshop) along with their code.
const withWords = <T,>(load: Promise<T>): Promise<T> => Promise.all([load, ensureExtraMessages()]).then(([m]) => m);
const AnalysisScreen = lazy(() => withWords(import('../features/analysis/analysis-screen')).then((m) => ({ default: m.AnalysisScreen })));
const ActionPlanScreen = lazy(() => withWords(import('../features/action-plan/action-plan-screen')).then((m) => ({ default: m.ActionPlanScreen })));
const SettingsScreen = lazy(() => import('../features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })));
const TemplatesScreen = lazy(() => import('../features/templates/templates-screen').then((m) => ({ default: m.TemplatesScreen })));
const RunAuditScreen = lazy(() => loadRunner().then((m) => ({ default: m.RunAuditScreen })));
const WorkshopRoutes = lazy(() => withWords(import('../features/workshop/workshop-routes')).then((m) => ({ default: m.WorkshopRoutes })));

type RunnerProps = Parameters<typeof RunAuditScreenType>[0];

/**
 * A deep link's questionnaire code is usually there before the first render (main.ts
 * fetches it beside the app): then it renders at once, without a suspended first pass.
 * The choice is made once per visit, so a later render never swaps the component.
 */
function RunnerRoute(props: RunnerProps) {
  const [Screen] = useState(() => loadedRunner() ?? RunAuditScreen);
  return <Screen {...props} />;
}

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p>{t('common.loading')}</p>}>{children}</Suspense>;
}

export function Routes({ checkForUpdate }: { checkForUpdate: () => Promise<void> }) {
  return (
    <Loading>
      <Switch>
        <Route path="/" component={AuditsScreen} />
        <Route path="/trash" component={TrashScreen} />
        <Route path="/audits/new" component={NewAuditScreen} />
        <Route path="/templates" component={TemplatesScreen} />
        <Route path="/settings">{() => <SettingsScreen checkForUpdate={checkForUpdate} />}</Route>
        <Route path="/audits/:auditId">{(p) => <AuditOverviewScreen auditId={p.auditId} />}</Route>
        <Route path="/audits/:auditId/analysis">{(p) => <AnalysisScreen auditId={p.auditId} />}</Route>
        <Route path="/audits/:auditId/plan">{(p) => <ActionPlanScreen auditId={p.auditId} />}</Route>
        <Route path="/audits/:auditId/respondents/:respondentId/:sectionId?">
          {(p) => <RunnerRoute auditId={p.auditId} respondentId={p.respondentId} sectionId={p.sectionId} />}
        </Route>
        <Route path="/audits/:auditId/workshop" nest>{(p) => <WorkshopRoutes auditId={p.auditId} />}</Route>
        <Route component={NotFound} />
      </Switch>
    </Loading>
  );
}
