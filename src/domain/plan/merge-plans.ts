import { mergeEntryIds } from '../answers/merge-entry-ids';
import type { Action, ActionPlan, Indicator, Priority, PriorityOverride } from './action-plan-schema';
import { emptyPlan } from './plan-basics';

/**
 * Three-way merge of an action plan saved from two places at once (two tabs, the analysis
 * screen's change of priority beside the plan editor). `base` is the plan this side's edit
 * started from, `ours` the plan it saves now, `theirs` what was stored meanwhile. Each part
 * one side changed and the other did not takes that side's change; a part both changed takes
 * ours (the later save). Priorities, actions and indicators are matched by id: each side's
 * additions are kept, an item either side removed stays removed, in our order. Changes of
 * priority are matched by gap: both changed, the later decision stands.
 */
export function mergePlans(base: ActionPlan, ours: ActionPlan, theirs: ActionPlan): ActionPlan {
  return {
    formatVersion: 1,
    problemStatement: pick(base.problemStatement, ours.problemStatement, theirs.problemStatement),
    priorities: mergeById(base.priorities, ours.priorities, theirs.priorities, mergePriority),
    monitoring: {
      who: pick(base.monitoring.who, ours.monitoring.who, theirs.monitoring.who),
      frequency: pick(base.monitoring.frequency, ours.monitoring.frequency, theirs.monitoring.frequency),
      protocols: pick(base.monitoring.protocols, ours.monitoring.protocols, theirs.monitoring.protocols),
    },
    overrides: mergeOverrides(base.overrides, ours.overrides, theirs.overrides),
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
  };
}

/** mergePlans from the plan an edit started from, or from nothing (null: a plan started where none was stored), dated after both. */
export function mergeSavedPlan(base: ActionPlan | null, ours: ActionPlan, stored: ActionPlan): ActionPlan {
  return { ...mergePlans(base ?? emptyPlan(0), ours, stored), updatedAt: Math.max(ours.updatedAt, stored.updatedAt + 1) };
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Theirs where only they changed it, else ours. */
function pick<T>(base: T, ours: T, theirs: T): T {
  return same(ours, base) ? theirs : ours;
}

/** Each field of an item both sides kept, picked on its own. */
function fields<T extends object>(base: T, ours: T, theirs: T): T {
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]) as Set<keyof T>;
  // A field cleared on one side (an optional one, now absent) is left out, not kept as undefined.
  const entries = [...keys].map((key) => [key, pick(base[key], ours[key], theirs[key])] as const).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries) as T;
}

function mergeById<T extends { id: string }>(base: readonly T[], ours: readonly T[], theirs: readonly T[], merge: (base: T, ours: T, theirs: T) => T): T[] {
  const byId = (items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const ids = mergeEntryIds([...b.keys()], [...o.keys()], [...t.keys()]);
  return ids.flatMap((id) => {
    const [was, mine, other] = [b.get(id), o.get(id), t.get(id)];
    if (mine && other) return [was ? merge(was, mine, other) : mine];
    const kept = mine ?? other;
    return kept ? [kept] : [];
  });
}

function mergePriority(base: Priority, ours: Priority, theirs: Priority): Priority {
  return {
    ...fields(base, ours, theirs),
    actions: mergeById(base.actions, ours.actions, theirs.actions, fields<Action>),
    indicators: mergeById(base.indicators, ours.indicators, theirs.indicators, fields<Indicator>),
  };
}

function mergeOverrides(base: readonly PriorityOverride[], ours: readonly PriorityOverride[], theirs: readonly PriorityOverride[]): PriorityOverride[] {
  const before = new Map(base.map((o) => [o.gapId, o]));
  const mine = new Map(ours.map((o) => [o.gapId, o]));
  const other = new Map(theirs.map((o) => [o.gapId, o]));
  const merged: PriorityOverride[] = [];
  for (const gapId of new Set([...mine.keys(), ...other.keys()])) {
    const [was, a, b] = [before.get(gapId), mine.get(gapId), other.get(gapId)];
    if (a && b) merged.push(same(a, was) ? b : same(b, was) ? a : a.at >= b.at ? a : b);
    // Held by one side only: new there, or removed on the other side (which knew it unchanged).
    else if (a && !(was && same(a, was))) merged.push(a);
    else if (b && !(was && same(b, was))) merged.push(b);
  }
  return merged;
}
