import { useAudit, useRespondent, useRunnerData, type AuditRecord, type RespondentRecord } from '../../storage';
import type { Answer, Template } from '../../domain/runtime';

export interface SessionData {
  audit: AuditRecord;
  /** Kept current: people present, position, round questions. */
  session: RespondentRecord;
  template: Template;
  /** The group's answers as stored when the screen opened. */
  initial: ReadonlyMap<string, Answer>;
}

/** A workshop session with its template: null when missing (or not a workshop group), undefined while loading. */
export function useSession(auditId: string, sessionId: string): SessionData | null | undefined {
  const data = useRunnerData(auditId, sessionId);
  const liveAudit = useAudit(auditId);
  const liveSession = useRespondent(sessionId);
  if (data === null || liveAudit === null || liveSession === null) return null;
  if (!data || !liveAudit || !liveSession) return undefined;
  if (liveSession.type !== 'workshop' || liveSession.session?.role === 'participant') return null;
  return { audit: liveAudit, session: liveSession, template: data.template.template, initial: data.answers };
}
