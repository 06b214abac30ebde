import type { ActionPlan } from './action-plan-schema';

export function emptyPlan(now: number): ActionPlan {
  return { formatVersion: 1, problemStatement: '', priorities: [], monitoring: { who: '', frequency: 'quarterly', protocols: '' }, overrides: [], updatedAt: now };
}

/**
 * Nobody has started writing this plan: no priority and no text. A plan may exist only to
 * hold the analysis' priority changes (overrides), which a started plan keeps.
 */
export function isUnstartedPlan(plan: ActionPlan | null): boolean {
  return !plan || (plan.priorities.length === 0 && !plan.problemStatement.trim() && !plan.monitoring.who.trim() && !plan.monitoring.protocols.trim());
}
