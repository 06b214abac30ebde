import type { AuditDatabase } from './database';
import { JOURNAL_KEY, type JournalStore } from './answer-journal-key';
import { saveAnswers, type AnswerChange } from './repositories/answers-repo';
import { readJournal, replayJournalWith, writeJournal } from './journal-entries';

/**
 * The last line of defence for an answer typed just before the page goes away. IndexedDB
 * writes are asynchronous: one started a few milliseconds before a reload or a closed tab
 * can be cut off with the page. On `pagehide` the answer saver therefore also copies what
 * is not yet committed into this journal, synchronously (Web Storage writes complete before
 * the page is gone); when the database next opens, the journal is written to IndexedDB by
 * the usual newer-wins rule, before any screen reads, and then cleared. When the page
 * lives on (hidden, or kept in the back-forward cache) and its own write completes, the
 * saver removes those entries again, so a later change on that page is never overridden.
 */
export { JOURNAL_KEY, deviceJournalStore, type JournalStore } from './answer-journal-key';

export interface JournalEntry extends AnswerChange {
  auditId: string;
  respondentId: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Entries with the right shape; the answers themselves are checked before replay. */
const isEntry = (e: unknown): e is JournalEntry =>
  isRecord(e) && typeof e.auditId === 'string' && typeof e.respondentId === 'string' && typeof e.key === 'string' && typeof e.at === 'number' && (e.answer === null || isRecord(e.answer)) &&
  (e.base === undefined || (Array.isArray(e.base) && e.base.every((id) => typeof id === 'string')));
const readEntries = (store: JournalStore): JournalEntry[] => readJournal(store, JOURNAL_KEY, isEntry);
const writeEntries = (store: JournalStore, entries: readonly JournalEntry[]): void => writeJournal(store, JOURNAL_KEY, entries);

const sameAnswer = (a: JournalEntry, respondentId: string, key: string) => a.respondentId === respondentId && a.key === key;

/** Records changes not yet committed (the newest per answer wins). Synchronous. */
export function journalUnsaved(store: JournalStore, auditId: string, respondentId: string, changes: readonly AnswerChange[]): void {
  if (changes.length === 0) return;
  const entries = readEntries(store);
  for (const change of changes) {
    const i = entries.findIndex((e) => sameAnswer(e, respondentId, change.key));
    const entry: JournalEntry = { auditId, respondentId, key: change.key, answer: change.answer, at: change.at, ...(change.base ? { base: change.base } : {}) };
    if (i < 0) entries.push(entry);
    // A list change replacing an older unsaved one starts where that one did.
    else if ((entries[i]?.at ?? 0) <= change.at) entries[i] = entries[i]?.base && entry.base ? { ...entry, base: entries[i]?.base } : entry;
  }
  writeEntries(store, entries);
}

/** Removes entries once their own write has committed (only those exact changes). */
export function forgetJournaled(store: JournalStore, respondentId: string, changes: readonly AnswerChange[]): void {
  const entries = readEntries(store);
  const left = entries.filter((e) => !changes.some((c) => sameAnswer(e, respondentId, c.key) && c.at === e.at));
  if (left.length !== entries.length) writeEntries(store, left);
}

/**
 * Writes what the journal holds to the database (newer answers already stored win), then
 * clears it. Answers that fail the answer schema, or whose respondent is gone, are dropped.
 * A failed write (device full) keeps the journal for the next start. Never throws.
 */
export async function replayJournal(db: AuditDatabase, store: JournalStore): Promise<number> {
  return replayJournalWith(store, JOURNAL_KEY, isEntry, async (entries) => {
    const { AnswerSchema } = await import('../domain/engine/answers-schema');
    const byRespondent = new Map<string, JournalEntry[]>();
    for (const entry of entries) {
      if (entry.answer !== null && !AnswerSchema.safeParse(entry.answer).success) continue;
      byRespondent.set(entry.respondentId, [...(byRespondent.get(entry.respondentId) ?? []), entry]);
    }
    let written = 0;
    for (const [respondentId, own] of byRespondent) {
      const respondent = await db.respondents.get(respondentId);
      if (!respondent) continue;
      const changes = own.filter((e) => e.auditId === respondent.auditId).map(({ key, answer, at, base }) => ({ key, answer, at, ...(base ? { base } : {}) }));
      written += (await saveAnswers(db, respondent.auditId, respondentId, changes)).written;
    }
    return written;
  });
}

/** Replays the journal each time the database opens, before any other query runs. */
export function attachAnswerJournal(db: AuditDatabase, store: JournalStore | undefined): void {
  if (!store) return;
  // Dexie holds every other query until this promise settles; `vip` is the database itself.
  db.on('ready', (vip) => replayJournal(vip as AuditDatabase, store), true);
}
