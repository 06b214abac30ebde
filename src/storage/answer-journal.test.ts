import { afterEach, describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../tests/support/fixtures';
import { auditWithRespondent } from '../../tests/support/test-audit';
import { testDatabase } from '../../tests/support/test-db';
import { attachAnswerJournal, forgetJournaled, JOURNAL_KEY, journalUnsaved, replayJournal, type JournalStore } from './answer-journal';
import { AuditDatabase } from './database';
import { loadAnswers, saveAnswers } from './repositories/answers-repo';

function memoryStore(): JournalStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const template = allTypesTemplate();
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

const setup = () => auditWithRespondent(db, template);

describe('answer journal', () => {
  it('keeps the newest unsaved change per answer, and forgets only the changes that landed', () => {
    const store = memoryStore();
    journalUnsaved(store, 'a1', 'r1', [
      { key: 'role', answer: { value: 'first' }, at: 10 },
      { key: 'notes', answer: { value: 'n' }, at: 10 },
    ]);
    journalUnsaved(store, 'a1', 'r1', [{ key: 'role', answer: { value: 'second' }, at: 20 }]);
    journalUnsaved(store, 'a1', 'r1', [{ key: 'role', answer: { value: 'older' }, at: 5 }]);
    const entries = JSON.parse(store.getItem(JOURNAL_KEY) ?? '') as { key: string; answer: { value: string } }[];
    expect(entries.map((e) => `${e.key}=${e.answer.value}`)).toEqual(['role=second', 'notes=n']);

    forgetJournaled(store, 'r1', [{ key: 'role', answer: { value: 'first' }, at: 10 }]);
    expect(JSON.parse(store.getItem(JOURNAL_KEY) ?? '')).toHaveLength(2);
    forgetJournaled(store, 'r1', [
      { key: 'role', answer: { value: 'second' }, at: 20 },
      { key: 'notes', answer: { value: 'n' }, at: 10 },
    ]);
    expect(store.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('writes the journal to the database by the newer-wins rule, drops what it cannot use, and clears it', async () => {
    const { auditId, respondentId } = await setup();
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'typed later in another tab' }, at: 5000 }]);
    const store = memoryStore();
    journalUnsaved(store, auditId, respondentId, [
      { key: 'role', answer: { value: 'stale' }, at: 4000 },
      { key: 'context', answer: { value: 'cut off by a reload' }, at: 4000 },
      { key: 'bad', answer: { value: { deep: { nested: true } } } as never, at: 4000 },
    ]);
    journalUnsaved(store, auditId, 'deleted-respondent', [{ key: 'role', answer: { value: 'x' }, at: 1 }]);

    expect(await replayJournal(db, store)).toBe(1);
    const answers = await loadAnswers(db, respondentId);
    expect(answers.get('role')?.value).toBe('typed later in another tab');
    expect(answers.get('context')?.value).toBe('cut off by a reload');
    expect(answers.has('bad')).toBe(false);
    expect(await db.answers.where('respondentId').equals('deleted-respondent').count()).toBe(0);
    expect(store.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('replays a list change as a merge with entries another tab stored meanwhile, from the first unsaved change', async () => {
    const { auditId, respondentId } = await setup();
    await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1'] }, at: 1000 }]);
    const store = memoryStore();
    // Two changes in this tab, never written: the second started from the first.
    journalUnsaved(store, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'a'] }, at: 2000, base: ['e1'] }]);
    journalUnsaved(store, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'a', 'b'] }, at: 2100, base: ['e1', 'a'] }]);
    // Meanwhile another tab added its own entry.
    await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'theirs'] }, at: 3000, base: ['e1'] }]);
    expect(await replayJournal(db, store)).toBe(1);
    expect((await loadAnswers(db, respondentId)).get('partners')?.value).toEqual(['e1', 'theirs', 'a', 'b']);
  });

  it('clears a journal it cannot read, and replays nothing from it', async () => {
    const store = memoryStore();
    store.setItem(JOURNAL_KEY, '{not json');
    expect(await replayJournal(db, store)).toBe(0);
    expect(store.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('replays when the database opens, before the first read is answered', async () => {
    const { auditId, respondentId } = await setup();
    const name = db.name;
    db.close();
    const store = memoryStore();
    journalUnsaved(store, auditId, respondentId, [{ key: 'role', answer: { value: 'saved by the journal' }, at: Date.UTC(2026, 11, 4) }]);

    const reopened = new AuditDatabase(name);
    attachAnswerJournal(reopened, store);
    // The very first query, issued before open completes, already sees the replayed answer.
    const answers = await loadAnswers(reopened, respondentId);
    expect(answers.get('role')?.value).toBe('saved by the journal');
    expect(store.getItem(JOURNAL_KEY)).toBeNull();
    reopened.close();
    db = new AuditDatabase(name);
  });
});
