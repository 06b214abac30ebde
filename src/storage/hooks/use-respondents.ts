import { useLiveQuery } from './use-live-query';
import type { RespondentRecord, TemplateRecord } from '../records';
import { getRespondent, listRespondents } from '../repositories/respondents-repo';
import { getTemplate } from '../repositories/templates-repo';

export function useRespondents(auditId: string): RespondentRecord[] | undefined {
  return useLiveQuery((db) => listRespondents(db, auditId), [auditId]);
}

/** null when there is no such respondent; undefined while loading. */
/** Null when missing, undefined while loading, or while `enabled` is false (no query runs then). */
export function useRespondent(id: string, enabled = true): RespondentRecord | null | undefined {
  return useLiveQuery(async (db) => (enabled ? ((await getRespondent(db, id)) ?? null) : undefined), [id, enabled]);
}

/** A stored template snapshot: null when missing; undefined while loading. */
export function useTemplateRecord(key: string | undefined): TemplateRecord | null | undefined {
  return useLiveQuery(async (db) => (key ? ((await getTemplate(db, key)) ?? null) : undefined), [key]);
}
