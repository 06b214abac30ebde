import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../database-context';
import type { RespondentRecord, TemplateRecord } from '../records';
import { getRespondent, listRespondents } from '../repositories/respondents-repo';
import { getTemplate } from '../repositories/templates-repo';

export function useRespondents(auditId: string): RespondentRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listRespondents(db, auditId), [db, auditId]);
}

/** null when there is no such respondent; undefined while loading. */
/** Null when missing, undefined while loading, or while `enabled` is false (no query runs then). */
export function useRespondent(id: string, enabled = true): RespondentRecord | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (enabled ? ((await getRespondent(db, id)) ?? null) : undefined), [db, id, enabled]);
}

/** A stored template snapshot: null when missing; undefined while loading. */
export function useTemplateRecord(key: string | undefined): TemplateRecord | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (key ? ((await getTemplate(db, key)) ?? null) : undefined), [db, key]);
}
