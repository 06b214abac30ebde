import type { Answer } from '../domain/runtime';
import { answerRange } from './answer-range';
import { JOURNAL_KEY, type JournalStore } from './answer-journal-key';
import { DATABASE_NAME } from './database-name';
import type { AnswerRecord, AuditRecord, RespondentRecord, TemplateRecord } from './records';
import type { RunnerData } from './repositories/runner-data';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the existing database as it is; never creates or upgrades one (resolves undefined). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    const open = factory.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => resolve(undefined);
    open.onblocked = () => resolve(undefined);
  });
}

/**
 * A questionnaire's first read straight from IndexedDB, without the database library: a
 * deep link starts it as the page starts, so the data is there before the app has even
 * been compiled. It reads what the repository reads (runner-data.ts) in one read-only
 * transaction, then closes its connection. Undefined when it cannot help: no database yet,
 * a schema it does not know, answers waiting in the journal (the library writes those
 * first), or any error; the app then reads through the library as usual.
 */
export async function firstRunnerRead(
  auditId: string,
  respondentId: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
  journal: JournalStore | undefined = undefined,
  name = DATABASE_NAME,
): Promise<RunnerData | null | undefined> {
  if (!factory || journal?.getItem(JOURNAL_KEY)) return undefined;
  const db = await openExisting(factory, name);
  if (!db) return undefined;
  try {
    const stores = ['audits', 'respondents', 'templates', 'answers'];
    if (!stores.every((s) => db.objectStoreNames.contains(s))) return undefined;
    const tx = db.transaction(stores, 'readonly');
    // The template's key is on the respondent: its read starts as soon as that one arrives.
    const respondentRead = request<RespondentRecord | undefined>(tx.objectStore('respondents').get(respondentId));
    const templateRead = respondentRead.then((r) => (r ? request<TemplateRecord | undefined>(tx.objectStore('templates').get(r.templateKey)) : undefined));
    const [audit, respondent, records, template] = await Promise.all([
      request<AuditRecord | undefined>(tx.objectStore('audits').get(auditId)),
      respondentRead,
      // Along the primary key, as the repository reads them (answer-range.ts).
      request<AnswerRecord[]>(tx.objectStore('answers').getAll(IDBKeyRange.bound(...answerRange(respondentId), false, true))),
      templateRead,
    ]);
    if (!audit || !respondent || respondent.auditId !== auditId || !template) return null;
    return { audit, respondent, template, answers: new Map<string, Answer>(records.filter((r) => !r.cleared).map((r) => [r.key, r.answer])) };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
