import { afterEach, describe, expect, it } from 'vitest';
import { emptyPlan, type ActionPlan } from '../domain';
import { allTypesTemplate } from '../../tests/support/fixtures';
import { auditWithRespondent } from '../../tests/support/test-audit';
import { testDatabase } from '../../tests/support/test-db';
import type { JournalStore } from './answer-journal';
import { AuditDatabase } from './database';
import { attachPlanJournal, forgetJournaledPlan, journalPlan, PLAN_JOURNAL_KEY, replayPlanJournal } from './plan-journal';
import { getPlan, savePlan } from './repositories/plans-repo';

function memoryStore(): JournalStore {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const plan = (problemStatement: string, updatedAt: number): ActionPlan => ({ ...emptyPlan(updatedAt), problemStatement });
const template = allTypesTemplate();
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

describe('plan journal', () => {
  it('keeps the newest unsaved plan per audit, and lets it go once that plan or a later one is committed', () => {
    const store = memoryStore();
    journalPlan(store, 'a1', plan('first', 10));
    journalPlan(store, 'a1', plan('second', 20));
    journalPlan(store, 'a1', plan('older', 5));
    journalPlan(store, 'a2', plan('other audit', 7));
    const statements = () => (JSON.parse(store.getItem(PLAN_JOURNAL_KEY) ?? '[]') as { plan: ActionPlan }[]).map((e) => e.plan.problemStatement);
    expect(statements()).toEqual(['second', 'other audit']);
    forgetJournaledPlan(store, 'a1', 10);
    expect(statements()).toEqual(['second', 'other audit']);
    forgetJournaledPlan(store, 'a1', 20);
    expect(statements()).toEqual(['other audit']);
  });

  it('writes a kept plan when the database opens, unless a newer one is stored, and drops what it cannot use', async () => {
    const { auditId } = await auditWithRespondent(db, template);
    const name = db.name;
    db.close();
    const store = memoryStore();
    journalPlan(store, auditId, plan('typed just before the reload', Date.UTC(2026, 11, 5)));
    journalPlan(store, 'gone', plan('audit deleted since', 1));
    const reopened = new AuditDatabase(name);
    attachPlanJournal(reopened, store);
    expect((await getPlan(reopened, auditId))?.problemStatement).toBe('typed just before the reload');
    expect(store.getItem(PLAN_JOURNAL_KEY)).toBeNull();

    await savePlan(reopened, auditId, plan('newer, from another window', Date.UTC(2026, 11, 6)));
    journalPlan(store, auditId, plan('stale', Date.UTC(2026, 11, 5, 12)));
    expect(await replayPlanJournal(reopened, store)).toBe(0);
    expect((await getPlan(reopened, auditId))?.problemStatement).toBe('newer, from another window');

    store.setItem(PLAN_JOURNAL_KEY, JSON.stringify([{ auditId, plan: { problemStatement: 'not a plan' } }]));
    expect(await replayPlanJournal(reopened, store)).toBe(0);
    expect(store.getItem(PLAN_JOURNAL_KEY)).toBeNull();
    reopened.close();
    db = new AuditDatabase(name);
  });

  it('merges a kept plan with one saved meanwhile in another window, when it names the plan its edit started from', async () => {
    const { auditId } = await auditWithRespondent(db, template);
    const start = plan('first draft', 1000);
    await savePlan(db, auditId, start);
    // Another window records a change of priority; this one typed, and closed before its save.
    const override = { gapId: 'g1', score: 61, reason: 'Asked first', at: 3000 };
    await savePlan(db, auditId, { ...start, overrides: [override], updatedAt: 3000 }, start);
    const store = memoryStore();
    journalPlan(store, auditId, { ...start, problemStatement: 'typed before closing', updatedAt: 2000 }, start);
    expect(await replayPlanJournal(db, store)).toBe(1);
    expect(await getPlan(db, auditId)).toMatchObject({ problemStatement: 'typed before closing', overrides: [override] });
  });
});
