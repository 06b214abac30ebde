import type { ActionPlan } from './action-plan-schema';

/** The report asks for a few priorities: 5 to 7 once the plan is complete. */
export const PLAN_PRIORITIES = { min: 5, max: 7 } as const;

export type PlanIssueCode =
  | 'too-few-priorities'
  | 'too-many-priorities'
  | 'no-problem-statement'
  | 'no-title'
  | 'no-objective'
  | 'no-action'
  | 'no-lead'
  | 'no-indicator'
  | 'indicator-incomplete'
  | 'dates-reversed'
  | 'no-monitoring';

export interface PlanIssue {
  code: PlanIssueCode;
  /** Index of the priority concerned, and of its action or indicator. */
  priority?: number;
  item?: number;
}

/**
 * What a complete local action plan still lacks (domain notes: 5-7 priorities, measurable
 * objectives, actions with a lead partner, indicators with baseline, target and source,
 * monitoring decided from the start). A draft may lack anything: this only lists it.
 */
export function checkPlan(plan: ActionPlan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!plan.problemStatement.trim()) issues.push({ code: 'no-problem-statement' });
  if (plan.priorities.length < PLAN_PRIORITIES.min) issues.push({ code: 'too-few-priorities' });
  if (plan.priorities.length > PLAN_PRIORITIES.max) issues.push({ code: 'too-many-priorities' });
  plan.priorities.forEach((p, priority) => {
    if (!p.title.trim()) issues.push({ code: 'no-title', priority });
    if (!p.objective.trim()) issues.push({ code: 'no-objective', priority });
    if (p.actions.length === 0) issues.push({ code: 'no-action', priority });
    p.actions.forEach((a, item) => {
      if (!a.lead?.name.trim()) issues.push({ code: 'no-lead', priority, item });
      if (a.start && a.end && a.start > a.end) issues.push({ code: 'dates-reversed', priority, item });
    });
    if (p.indicators.length === 0) issues.push({ code: 'no-indicator', priority });
    p.indicators.forEach((i, item) => {
      if (!i.name.trim() || !i.target.trim() || !i.dataSource.trim()) issues.push({ code: 'indicator-incomplete', priority, item });
    });
  });
  if (!plan.monitoring.who.trim()) issues.push({ code: 'no-monitoring' });
  return issues;
}
