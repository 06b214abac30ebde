import { afterEach, describe, expect, it } from 'vitest';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { auditWithRespondent } from '../../../tests/support/test-audit';
import { testDatabase } from '../../../tests/support/test-db';
import { answerRecordsOf, answerRecordsOfAll } from './answer-records';
import { loadAnswers, loadAuditAnswers, saveAnswers } from './answers-repo';
import { getAudit } from './audits-repo';
import { addRespondent, getRespondent } from './respondents-repo';

const template = allTypesTemplate();
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

const setup = () => auditWithRespondent(db, template);

describe('answers repository', () => {
  it('stores one record per answer with its time, and loads them back', async () => {
    const { auditId, respondentId } = await setup();
    const at = Date.UTC(2026, 10, 2);
    await saveAnswers(db, auditId, respondentId, [
      { key: 'role', answer: { value: 'Officer', note: 'by phone' }, at },
      { key: 'groups', answer: { value: ['homeless', 'other'], other: 'Pickers' }, at },
    ]);
    expect(await db.answers.where('respondentId').equals(respondentId).count()).toBe(2);
    expect(await db.answers.get([respondentId, 'role'])).toMatchObject({ updatedAt: at, auditId });
    const answers = await loadAnswers(db, respondentId);
    expect(answers.get('groups')).toEqual({ value: ['homeless', 'other'], other: 'Pickers' });
    expect((await getRespondent(db, respondentId))?.updatedAt).toBe(at);
    expect((await getAudit(db, auditId))?.updatedAt).toBe(at);
  });

  it('never overwrites a newer answer with an older change (two tabs)', async () => {
    const { auditId, respondentId } = await setup();
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'from tab B' }, at: 2000 }]);
    const result = await saveAnswers(db, auditId, respondentId, [
      { key: 'role', answer: { value: 'from tab A' }, at: 1000 },
      { key: 'context', answer: { value: 'tab A only' }, at: 1000 },
    ]);
    expect(result).toEqual({ written: 1, skipped: ['role'], merged: [] });
    const answers = await loadAnswers(db, respondentId);
    expect(answers.get('role')?.value).toBe('from tab B');
    expect(answers.get('context')?.value).toBe('tab A only');
  });

  it('removes an answer with a null change', async () => {
    const { auditId, respondentId } = await setup();
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'x' }, at: 10 }]);
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: null, at: 11 }]);
    expect((await loadAnswers(db, respondentId)).has('role')).toBe(false);
    expect((await loadAuditAnswers(db, auditId)).get(respondentId)?.has('role') ?? false).toBe(false);
  });

  it('never brings back a cleared answer with an older change (two tabs)', async () => {
    const { auditId, respondentId } = await setup();
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'x' }, at: 10 }]);
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: null, at: 30 }]);
    const late = await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'typed earlier in tab A' }, at: 20 }]);
    expect(late).toEqual({ written: 0, skipped: ['role'], merged: [] });
    expect((await loadAnswers(db, respondentId)).has('role')).toBe(false);
    // A later answer takes its place as usual.
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'y' }, at: 40 }]);
    expect((await loadAnswers(db, respondentId)).get('role')?.value).toBe('y');
  });

  it('merges a list two tabs changed at once: both added entries stay, whichever writes last', async () => {
    const { auditId, respondentId } = await setup();
    await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'e2'] }, at: 10 }]);
    // Tab B removes e2 and adds eB (later); tab A, which never saw that, adds eA (earlier) and writes last.
    await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'eB'] }, at: 30, base: ['e1', 'e2'] }]);
    const late = await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'e2', 'eA'], note: 'from A' }, at: 20, base: ['e1', 'e2'] }]);
    expect(late.skipped).toEqual([]);
    expect(late.merged).toEqual([{ key: 'partners', answer: { value: ['e1', 'eB', 'eA'], note: 'from A' } }]);
    expect((await loadAnswers(db, respondentId)).get('partners')?.value).toEqual(['e1', 'eB', 'eA']);
    // The merged record keeps the later time, so an older whole-list write still cannot replace it.
    expect((await db.answers.get([respondentId, 'partners']))?.updatedAt).toBe(30);
  });

  it('writes a list change as it is when nothing changed since its start', async () => {
    const { auditId, respondentId } = await setup();
    await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1'] }, at: 10 }]);
    const result = await saveAnswers(db, auditId, respondentId, [{ key: 'partners', answer: { value: ['e1', 'e2'] }, at: 20, base: ['e1'] }]);
    expect(result).toEqual({ written: 1, skipped: [], merged: [] });
    // A first entry, in a list never stored, is written as it is too.
    const first = await saveAnswers(db, auditId, respondentId, [{ key: 'places', answer: { value: ['p1'] }, at: 20, base: [] }]);
    expect(first.merged).toEqual([]);
    expect((await loadAnswers(db, respondentId)).get('places')?.value).toEqual(['p1']);
  });

  it('groups an audit\'s answers by respondent', async () => {
    const { clock, auditId, respondentId } = await setup();
    const other = await addRespondent(db, { auditId, type: 'desk-review' }, template, clock);
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'a' }, at: 10 }]);
    await saveAnswers(db, auditId, other, [{ key: 'role', answer: { value: 'b' }, at: 10 }]);
    const all = await loadAuditAnswers(db, auditId);
    expect(all.get(respondentId)?.get('role')?.value).toBe('a');
    expect(all.get(other)?.get('role')?.value).toBe('b');
  });
});

describe('reading answers along the primary key', () => {
  it('gives one respondent\'s answers in key order, never a neighbour\'s whose id begins alike', async () => {
    const record = (respondentId: string, key: string) => ({ respondentId, key, auditId: 'a', answer: { value: `${respondentId}:${key}` }, updatedAt: 1 });
    await db.answers.bulkPut([record('r10', 'a'), record('r1', 'b'), record('r', 'z'), record('r1', 'a'), record('r1', 'list/e1/name'), record('r2', 'a')]);
    expect((await answerRecordsOf(db, 'r1')).map((r) => r.answer.value)).toEqual(['r1:a', 'r1:b', 'r1:list/e1/name']);
    expect((await answerRecordsOf(db, 'r')).map((r) => r.answer.value)).toEqual(['r:z']);
    expect(await answerRecordsOf(db, 'nobody')).toEqual([]);
    expect((await answerRecordsOfAll(db, ['r10', 'r1'])).map((r) => r.answer.value)).toEqual(['r10:a', 'r1:a', 'r1:b', 'r1:list/e1/name']);
  });
});

describe('last-edit times', () => {
  it('move at most every 30 seconds while answers are typed', async () => {
    const { auditId, respondentId } = await setup();
    const start = Date.UTC(2026, 10, 3);
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'a' }, at: start }]);
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'ab' }, at: start + 1000 }]);
    expect((await getRespondent(db, respondentId))?.updatedAt).toBe(start);
    await saveAnswers(db, auditId, respondentId, [{ key: 'role', answer: { value: 'abc' }, at: start + 31_000 }]);
    expect((await getRespondent(db, respondentId))?.updatedAt).toBe(start + 31_000);
    expect((await getAudit(db, auditId))?.updatedAt).toBe(start + 31_000);
  });
});
