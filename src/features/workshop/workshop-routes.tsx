import { Route, Switch } from 'wouter';
import { Missing } from './missing';
import { PaperScreen } from './paper/paper-screen';
import { PresenterScreen } from './presenter/presenter-screen';
import { RoundScreen } from './round/round-screen';
import { SessionsScreen } from './sessions/sessions-screen';
import { SummaryScreen } from './summary/summary-screen';
import './workshop.css';

/** Workshop mode inside an audit; nested under /audits/:auditId/workshop. */
export function WorkshopRoutes({ auditId }: { auditId: string }) {
  return (
    <Switch>
      <Route path="/">{() => <SessionsScreen auditId={auditId} />}</Route>
      <Route path="/:sessionId">{(p) => <PresenterScreen auditId={auditId} sessionId={p.sessionId} />}</Route>
      <Route path="/:sessionId/round">{(p) => <RoundScreen auditId={auditId} sessionId={p.sessionId} />}</Route>
      <Route path="/:sessionId/summary">{(p) => <SummaryScreen auditId={auditId} sessionId={p.sessionId} />}</Route>
      <Route path="/:sessionId/paper">{(p) => <PaperScreen auditId={auditId} sessionId={p.sessionId} />}</Route>
      <Route>{() => <Missing auditId={auditId} />}</Route>
    </Switch>
  );
}
