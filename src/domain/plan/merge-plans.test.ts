import { describe, expect, it } from 'vitest';
import { emptyPlan, type Action, type ActionPlan, type Priority } from './action-plan-schema';
import { mergePlans } from './merge-plans';

const action = (id: string, description: string): Action => ({ id, description, supporting: [], resources: '', status: 'planned' });
const priority = (id: string, title: string, actions: Action[] = []): Priority => ({ id, title, objective: '', actions, indicators: [] });
const base: ActionPlan = {
  ...emptyPlan(1000),
  problemStatement: 'First draft',
  priorities: [priority('p1', 'Youth', [action('a1', 'Outreach van')]), priority('p2', 'Farm work')],
};
const edit = (plan: ActionPlan, change: Partial<ActionPlan>, at: number): ActionPlan => ({ ...plan, ...change, updatedAt: at });

describe('mergePlans', () => {
  it('keeps edits of different fields made on each side', () => {
    const ours = edit(base, { problemStatement: 'Second draft' }, 2000);
    const theirs = edit(base, { monitoring: { ...base.monitoring, who: 'Safety committee' } }, 1500);
    const merged = mergePlans(base, ours, theirs);
    expect(merged.problemStatement).toBe('Second draft');
    expect(merged.monitoring.who).toBe('Safety committee');
    expect(merged.updatedAt).toBe(2000);
  });

  it('keeps edits of different priorities and actions, matched by id, whatever the order', () => {
    const ours = edit(base, { priorities: [{ ...priority('p1', 'Youth', [action('a1', 'Outreach van on Fridays')]) }, priority('p2', 'Farm work')] }, 2000);
    const theirs = edit(base, { priorities: [priority('p2', 'Farm work', [action('a9', 'Joint inspections')]), priority('p1', 'Youth leaving care', [action('a1', 'Outreach van')])] }, 1500);
    const merged = mergePlans(base, ours, theirs);
    expect(merged.priorities.map((p) => p.title)).toEqual(['Youth leaving care', 'Farm work']);
    expect(merged.priorities[0]?.actions.map((a) => a.description)).toEqual(['Outreach van on Fridays']);
    expect(merged.priorities[1]?.actions.map((a) => a.description)).toEqual(['Joint inspections']);
  });

  it('keeps a priority added on each side, and one removed on either side stays removed', () => {
    const ours = edit(base, { priorities: [...base.priorities.slice(0, 1), priority('p3', 'Hotels')] }, 2000);
    const theirs = edit(base, { priorities: [...base.priorities, priority('p4', 'Online ads')] }, 1500);
    // Theirs' addition stands after what it followed there (p2, gone: after p1).
    expect(mergePlans(base, ours, theirs).priorities.map((p) => p.id)).toEqual(['p1', 'p4', 'p3']);
  });

  it('gives the later save the field both sides changed', () => {
    const ours = edit(base, { problemStatement: 'Ours' }, 2000);
    const theirs = edit(base, { problemStatement: 'Theirs' }, 1500);
    expect(mergePlans(base, ours, theirs).problemStatement).toBe('Ours');
  });

  it('keeps a change of priority recorded on the analysis screen while the plan was being typed', () => {
    const override = { gapId: 'g1', score: 61, reason: 'Asked first', at: 1500, gapName: 'G' };
    const ours = edit(base, { problemStatement: 'Typed meanwhile' }, 2000);
    const theirs = edit(base, { overrides: [override] }, 1500);
    const merged = mergePlans(base, ours, theirs);
    expect(merged.overrides).toEqual([override]);
    expect(merged.problemStatement).toBe('Typed meanwhile');
  });

  it('drops a change of priority removed on one side, and keeps the later of two decisions on one gap', () => {
    const first = { gapId: 'g1', score: 61, reason: 'Asked first', at: 1100 };
    const withOne = edit(base, { overrides: [first] }, 1100);
    expect(mergePlans(withOne, edit(withOne, { overrides: [] }, 2000), edit(withOne, { problemStatement: 'x' }, 1500)).overrides).toEqual([]);
    const later = { ...first, score: 80, at: 1900 };
    const earlier = { ...first, score: 20, at: 1800 };
    expect(mergePlans(withOne, edit(withOne, { overrides: [earlier] }, 2000), edit(withOne, { overrides: [later] }, 1950)).overrides).toEqual([later]);
  });

  it('removes an optional field cleared on one side (an action’s lead partner)', () => {
    const led = edit(base, { priorities: [priority('p1', 'Youth', [{ ...action('a1', 'Outreach van'), lead: { name: 'Shelter' } }])] }, 1000);
    const ours = edit(led, { priorities: [priority('p1', 'Youth', [action('a1', 'Outreach van')])] }, 2000);
    const theirs = edit(led, { problemStatement: 'Other' }, 1500);
    const merged = mergePlans(led, ours, theirs);
    expect(merged.priorities[0]?.actions[0]).not.toHaveProperty('lead');
    expect(merged.problemStatement).toBe('Other');
  });
});
