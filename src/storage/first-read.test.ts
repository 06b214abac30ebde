import { indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../tests/support/fixtures';
import { auditWithRespondent } from '../../tests/support/test-audit';
import { testDatabase } from '../../tests/support/test-db';
import { firstRunnerRead } from './first-read';
import { saveAnswers } from './repositories/answers-repo';
import { addRespondent } from './repositories/respondents-repo';
import { loadRunnerData } from './repositories/runner-data';

const template = allTypesTemplate();
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

const store = (value: string | null) => ({ getItem: () => value, setItem: () => undefined, removeItem: () => undefined });

describe('first read of a deep link, without the database library', () => {
  it('reads exactly what the repository reads', async () => {
    const { clock, auditId, respondentId } = await auditWithRespondent(db, template);
    const other = await addRespondent(db, { auditId, type: 'desk-review' }, template, clock);
    await saveAnswers(db, auditId, respondentId, [
      { key: 'role', answer: { value: 'Officer' }, at: 10 },
      { key: 'groups', answer: { value: ['homeless'] }, at: 10 },
      { key: 'context', answer: { value: 'cleared later' }, at: 10 },
    ]);
    await saveAnswers(db, auditId, respondentId, [{ key: 'context', answer: null, at: 20 }]);
    await saveAnswers(db, auditId, other, [{ key: 'context', answer: { value: 'not theirs' }, at: 10 }]);
    // A neighbour whose id begins with this one's: outside the range read all the same.
    await db.answers.put({ respondentId: `${respondentId}0`, key: 'aaa', auditId, answer: { value: 'not theirs' }, updatedAt: 10 });
    const expected = await loadRunnerData(db, auditId, respondentId);
    db.close();
    const read = await firstRunnerRead(auditId, respondentId, indexedDB, undefined, db.name);
    expect(read).toEqual(expected);
    expect(read?.answers.get('role')).toEqual({ value: 'Officer' });
    expect([...(read?.answers.keys() ?? [])].sort()).toEqual(['groups', 'role']);
    await db.open();
  });

  it('says null for a respondent of another audit or one that is gone', async () => {
    const { respondentId } = await auditWithRespondent(db, template);
    db.close();
    expect(await firstRunnerRead('other-audit', respondentId, indexedDB, undefined, db.name)).toBeNull();
    expect(await firstRunnerRead('other-audit', 'nobody', indexedDB, undefined, db.name)).toBeNull();
    await db.open();
  });

  it('leaves it to the library when answers wait in the journal, or there is no database yet (and creates none)', async () => {
    const { auditId, respondentId } = await auditWithRespondent(db, template);
    db.close();
    expect(await firstRunnerRead(auditId, respondentId, indexedDB, store('[]'), db.name)).toBeUndefined();
    expect(await firstRunnerRead(auditId, respondentId, indexedDB, store(null), db.name)).toBeDefined();
    expect(await firstRunnerRead(auditId, respondentId, indexedDB, undefined, 'never-created')).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('never-created');
    await db.open();
  });
});
