import { Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../components/use-translation';
import { Route, Switch } from 'wouter';
import { NotFound } from '../components/not-found';
import { AuditsScreen } from '../features/audits/audits-screen';
import { TrashScreen } from '../features/audits/trash-screen';
import type { RunAuditScreen as RunAuditScreenType } from '../features/run-audit/run-audit-screen';
import { ensureExtraMessages } from '../i18n/app-i18n';
import { lazyScreen } from './lazy-screen';
import { loadedRunner, setLoadedRunner } from './loaded-runner';

function LoadingText() {
  const { t } = useTranslation();
  return <p>{t('common.loading')}</p>;
}

// Screens beyond the first load on demand, keeping the first bundle small (lazy-screen.tsx).
const screen = <P extends object>(load: () => Promise<ComponentType<P>>) => lazyScreen(load, () => <LoadingText />);
const loadRunner = () =>
  import('../features/run-audit/run-audit-screen').then((m) => {
    setLoadedRunner(m.RunAuditScreen);
    return m;
  });
const NewAuditScreen = screen(() => import('../features/new-audit/new-audit-screen').then((m) => m.NewAuditScreen));
const AuditOverviewScreen = screen(() => import('../features/audit-overview/audit-overview-screen').then((m) => m.AuditOverviewScreen));
// These three bring their own words (analysis, plan, workshop) along with their code.
const withWords = <T,>(load: Promise<T>): Promise<T> => Promise.all([load, ensureExtraMessages()]).then(([m]) => m);
const AnalysisScreen = screen(() => withWords(import('../features/analysis/analysis-screen')).then((m) => m.AnalysisScreen));
const ActionPlanScreen = screen(() => withWords(import('../features/action-plan/action-plan-screen')).then((m) => m.ActionPlanScreen));
const SettingsScreen = screen(() => import('../features/settings/settings-screen').then((m) => m.SettingsScreen));
const TemplatesScreen = screen(() => import('../features/templates/templates-screen').then((m) => m.TemplatesScreen));
const RunAuditScreen = screen(() => loadRunner().then((m) => m.RunAuditScreen));
const WorkshopRoutes = screen(() => withWords(import('../features/workshop/workshop-routes')).then((m) => m.WorkshopRoutes));

type RunnerProps = Parameters<typeof RunAuditScreenType>[0];

/**
 * A deep link's questionnaire code is usually there before the first render (main.ts
 * fetches it beside the app): then it renders at once, without a loading pass.
 * The choice is made once per visit, so a later render never swaps the component.
 */
function RunnerRoute(props: RunnerProps) {
  const [Screen] = useState(() => loadedRunner() ?? RunAuditScreen);
  return <Screen {...props} />;
}

/** Anything else that suspends (none of the screens above do) waits here. */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingText />}>{children}</Suspense>;
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
