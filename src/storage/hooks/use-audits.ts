import { useLiveQuery } from './use-live-query';
import type { AuditRecord } from '../records';
import { getAudit, listAudits, listTrashedAudits } from '../repositories/audits-repo';

export interface AuditSummary {
  audit: AuditRecord;
  /** Respondents as the overview lists them: a workshop session's participants count under their session. */
  respondents: number;
  answered: number;
  total: number;
  /** The latest change to the audit or any of its respondents (answers move their respondent's time). */
  lastEdit: number;
}

/** Audits not in the trash with their respondents' progress; undefined while loading. */
export function useAuditSummaries(): AuditSummary[] | undefined {
  return useLiveQuery(async (db) => {
    const [audits, respondents] = await Promise.all([listAudits(db), db.respondents.toArray()]);
    const summaries = audits.map((audit) => {
      const own = respondents.filter((r) => r.auditId === audit.id);
      return {
        audit,
        respondents: own.filter((r) => r.session?.role !== 'participant').length,
        answered: own.reduce((sum, r) => sum + r.progress.answered, 0),
        total: own.reduce((sum, r) => sum + r.progress.total, 0),
        lastEdit: Math.max(audit.updatedAt, ...own.map((r) => r.updatedAt)),
      };
    });
    return summaries.sort((a, b) => b.lastEdit - a.lastEdit);
  }, []);
}

export function useTrashedAudits(): AuditRecord[] | undefined {
  return useLiveQuery((db) => listTrashedAudits(db), []);
}

/** null when there is no such audit; undefined while loading. */
/** Null when missing, undefined while loading, or while `enabled` is false (no query runs then). */
export function useAudit(id: string, enabled = true): AuditRecord | null | undefined {
  return useLiveQuery(async (db) => (enabled ? ((await getAudit(db, id)) ?? null) : undefined), [id, enabled]);
}
