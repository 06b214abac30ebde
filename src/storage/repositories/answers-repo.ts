import type { Answer, Answers } from '../../domain';
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
}

export interface SaveResult {
  written: number;
  /** Changes older than what is stored (another tab wrote later): left alone. */
  skipped: string[];
}

/**
 * Writes a batch of changes in one transaction. A change never overwrites a newer stored
 * answer, so two tabs on one audit keep whichever edit was made last, per answer.
 */
export async function saveAnswers(db: AuditDatabase, auditId: string, respondentId: string, changes: readonly AnswerChange[]): Promise<SaveResult> {
  const result: SaveResult = { written: 0, skipped: [] };
  if (changes.length === 0) return result;
  await db.transaction('rw', db.answers, db.respondents, db.audits, async () => {
    const stored = await db.answers.bulkGet(changes.map((c) => [respondentId, c.key] as [string, string]));
    const puts: AnswerRecord[] = [];
    let latest = 0;
    for (const [i, change] of changes.entries()) {
      const current = stored[i];
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
