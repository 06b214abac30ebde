import { afterEach, describe, expect, it } from 'vitest';
import { emptyPlan, type ActionPlan } from '../../domain';
import { allTypesTemplate } from '../../../tests/support/fixtures';
import { auditWithRespondent } from '../../../tests/support/test-audit';
import { testDatabase } from '../../../tests/support/test-db';
import { getPlan, savePlan } from './plans-repo';

const template = allTypesTemplate();
let db = testDatabase();
afterEach(async () => {
  await db.delete();
  db = testDatabase();
});

const start: ActionPlan = { ...emptyPlan(1000), problemStatement: 'Draft' };

describe('savePlan', () => {
  it('merges two edits made from the same plan (two tabs), dated after both', async () => {
    const { auditId } = await auditWithRespondent(db, template);
    await savePlan(db, auditId, start);
    const override = { gapId: 'g1', score: 61, reason: 'Asked first', at: 3000 };
    expect(await savePlan(db, auditId, { ...start, overrides: [override], updatedAt: 3000 }, start)).toMatchObject({ overrides: [override] });
    // The plan tab, typing from the plan it had before the change of priority, saves with an earlier time.
    const saved = await savePlan(db, auditId, { ...start, problemStatement: 'Typed meanwhile', updatedAt: 2500 }, start);
    expect(saved).toMatchObject({ problemStatement: 'Typed meanwhile', overrides: [override], updatedAt: 3001 });
    expect(await getPlan(db, auditId)).toEqual(saved);
  });

  it('stores an edit as it is when nothing was saved since its start', async () => {
    const { auditId } = await auditWithRespondent(db, template);
    await savePlan(db, auditId, start);
    const edited = { ...start, problemStatement: 'Second draft', updatedAt: 2000 };
    expect(await savePlan(db, auditId, edited, start)).toEqual(edited);
  });

  it('merges a plan started where none was stored with one saved meanwhile', async () => {
    const { auditId } = await auditWithRespondent(db, template);
    const override = { gapId: 'g1', score: 61, reason: 'Asked first', at: 1500 };
    await savePlan(db, auditId, { ...emptyPlan(1500), overrides: [override] });
    const started = await savePlan(db, auditId, { ...emptyPlan(2000), problemStatement: 'Started from the top gaps' }, null);
    expect(started).toMatchObject({ problemStatement: 'Started from the top gaps', overrides: [override] });
  });

  it('without the plan it started from, never replaces a newer plan', async () => {
    const { auditId } = await auditWithRespondent(db, template);
    await savePlan(db, auditId, { ...start, updatedAt: 5000 });
    expect(await savePlan(db, auditId, { ...start, problemStatement: 'Older', updatedAt: 4000 })).toBeNull();
    expect((await getPlan(db, auditId))?.problemStatement).toBe('Draft');
  });
});
