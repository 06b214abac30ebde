import { mergeEntryIds, sameEntryIds, type Answer, type Answers } from '../../domain/runtime';
import type { AuditDatabase } from '../database';
import type { AnswerRecord } from '../records';
import { answerRecordsOf } from './answer-records';

/**
 * "Last edit" times on the respondent and audit move at most this often, so that typing
 * does not rewrite those records (and refresh every screen watching them) per keystroke.
 */
export const TOUCH_INTERVAL_MS = 30_000;

/** One change: a new answer, or `null` to remove it; `at` is when the person made it. */
export interface AnswerChange {
  key: string;
  answer: Answer | null;
  at: number;
  /**
   * For a list's entry ids: the ids this change started from. The write then merges with
   * what another tab stored meanwhile (both sides' additions and removals kept) instead of
   * the later write replacing the whole list.
   */
  base?: readonly string[];
}

export interface SaveResult {
  written: number;
  /** Changes older than what is stored (another tab wrote later): left alone. */
  skipped: string[];
  /** Lists written merged with another tab's entries: what is now stored. */
  merged: { key: string; answer: Answer }[];
}

const entryIdsOf = (record: AnswerRecord | undefined): string[] | undefined =>
  record && !record.cleared && Array.isArray(record.answer.value) ? (record.answer.value as string[]) : record ? [] : undefined;

/** A list change merged with what is stored, or undefined when nothing needs merging. */
function mergedList(change: AnswerChange, current: AnswerRecord | undefined): AnswerRecord['answer'] | undefined {
  const stored = entryIdsOf(current);
  if (!change.base || stored === undefined || sameEntryIds(stored, change.base)) return undefined;
  const local = Array.isArray(change.answer?.value) ? (change.answer.value as string[]) : [];
  return { ...change.answer, value: mergeEntryIds(change.base, local, stored) };
}

/**
 * Writes a batch of changes in one transaction. A change never overwrites a newer stored
 * answer, so two tabs on one audit keep whichever edit was made last, per answer; a list's
 * entries changed in both are merged (see AnswerChange.base).
 */
export async function saveAnswers(db: AuditDatabase, auditId: string, respondentId: string, changes: readonly AnswerChange[]): Promise<SaveResult> {
  const result: SaveResult = { written: 0, skipped: [], merged: [] };
  if (changes.length === 0) return result;
  await db.transaction('rw', db.answers, db.respondents, db.audits, async () => {
    const stored = await db.answers.bulkGet(changes.map((c) => [respondentId, c.key] as [string, string]));
    const puts: AnswerRecord[] = [];
    let latest = 0;
    for (const [i, change] of changes.entries()) {
      const current = stored[i];
      // Another tab changed this list since this change's start: keep both sides' entries.
      const merged = mergedList(change, current);
      if (merged) {
        const at = Math.max(change.at, current?.updatedAt ?? 0);
        latest = Math.max(latest, at);
        puts.push({ respondentId, auditId, key: change.key, answer: merged, updatedAt: at });
        result.merged.push({ key: change.key, answer: merged });
        continue;
      }
      if (current && current.updatedAt > change.at) {
        result.skipped.push(change.key);
        continue;
      }
      latest = Math.max(latest, change.at);
      // A cleared answer is kept as a marker with its time, so an older write cannot revive it.
      if (change.answer === null) puts.push({ respondentId, auditId, key: change.key, answer: {}, updatedAt: change.at, cleared: true });
      else puts.push({ respondentId, auditId, key: change.key, answer: change.answer, updatedAt: change.at });
    }
    if (puts.length) await db.answers.bulkPut(puts);
    result.written = puts.length;
    if (result.written > 0) {
      const respondent = await db.respondents.get(respondentId);
      if (!respondent || latest - respondent.updatedAt >= TOUCH_INTERVAL_MS) {
        await db.respondents.update(respondentId, { updatedAt: latest });
        await db.audits.update(auditId, { updatedAt: latest });
      }
    }
  });
  return result;
}

export async function loadAnswers(db: AuditDatabase, respondentId: string): Promise<Map<string, Answer>> {
  const records = await answerRecordsOf(db, respondentId);
  return new Map(records.map((r) => [r.key, r.answer]));
}

/** One stored answer, or null when there is none (or it was cleared). */
export async function loadAnswer(db: AuditDatabase, respondentId: string, key: string): Promise<Answer | null> {
  const record = await db.answers.get([respondentId, key]);
  return record && !record.cleared ? record.answer : null;
}

/** Every respondent's answers in an audit, for analysis. */
export async function loadAuditAnswers(db: AuditDatabase, auditId: string): Promise<Map<string, Answers>> {
  const records = (await db.answers.where('auditId').equals(auditId).toArray()).filter((r) => !r.cleared);
  const byRespondent = new Map<string, Map<string, Answer>>();
  for (const r of records) {
    const answers = byRespondent.get(r.respondentId) ?? new Map<string, Answer>();
    answers.set(r.key, r.answer);
    byRespondent.set(r.respondentId, answers);
  }
  return byRespondent;
}
