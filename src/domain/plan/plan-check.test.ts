import { describe, expect, it } from 'vitest';
import { emptyPlan, isUnstartedPlan, type ActionPlan, type Priority } from './action-plan-schema';
import { checkPlan } from './plan-check';

const priority = (n: number, more: Partial<Priority> = {}): Priority => ({
  id: `p${n}`,
  title: `Priority ${n}`,
  objective: 'To increase referrals by 20% by 2027',
  actions: [{ id: `a${n}`, description: 'Train front-line staff', lead: { name: 'Youth Shelter' }, supporting: [], resources: 'Staff time', start: '2026-10-01', end: '2027-03-31', status: 'planned' }],
  indicators: [{ id: `i${n}`, name: 'Referrals', baseline: '12', target: '15', dataSource: 'Shelter records', frequency: 'quarterly' }],
  ...more,
});

const complete = (): ActionPlan => ({
  ...emptyPlan(1),
  problemStatement: 'Young people leaving care are approached at the bus terminal.',
  priorities: [1, 2, 3, 4, 5].map((n) => priority(n)),
  monitoring: { who: 'Community Safety Office', frequency: 'quarterly', protocols: 'Referral protocol 2026' },
});

describe('checkPlan', () => {
  it('finds nothing missing in a complete plan', () => {
    expect(checkPlan(complete())).toEqual([]);
  });

  it('lists what an empty draft lacks', () => {
    expect(checkPlan(emptyPlan(1)).map((i) => i.code)).toEqual(['no-problem-statement', 'too-few-priorities', 'no-monitoring']);
  });

  it('points at the priority, action or indicator concerned', () => {
    const plan = complete();
    plan.priorities[1] = priority(2, { title: '  ', objective: ' ', indicators: [] });
    const action = priority(3).actions[0];
    const indicator = priority(4).indicators[0];
    if (!action || !indicator) throw new Error('fixture');
    plan.priorities[2] = priority(3, { actions: [{ ...action, lead: undefined, start: '2027-01-01', end: '2026-01-01' }] });
    plan.priorities[3] = priority(4, { indicators: [{ ...indicator, target: '' }] });
    expect(checkPlan(plan)).toEqual([
      { code: 'no-title', priority: 1 },
      { code: 'no-objective', priority: 1 },
      { code: 'no-indicator', priority: 1 },
      { code: 'no-lead', priority: 2, item: 0 },
      { code: 'dates-reversed', priority: 2, item: 0 },
      { code: 'indicator-incomplete', priority: 3, item: 0 },
    ]);
  });

  it('asks for no more than seven priorities', () => {
    const plan = complete();
    plan.priorities = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => priority(n));
    expect(checkPlan(plan).map((i) => i.code)).toEqual(['too-many-priorities']);
  });
});

describe('isUnstartedPlan', () => {
  it('is true with no plan, or one that only holds priority changes', () => {
    expect(isUnstartedPlan(null)).toBe(true);
    const plan = emptyPlan(1);
    plan.overrides = [{ gapId: 'g', score: 90, reason: 'Agreed', at: 2 }];
    expect(isUnstartedPlan(plan)).toBe(true);
    expect(isUnstartedPlan({ ...plan, problemStatement: 'Why' })).toBe(false);
    expect(isUnstartedPlan({ ...plan, priorities: [{ id: 'p', title: '', objective: '', actions: [], indicators: [] }] })).toBe(false);
  });
});
