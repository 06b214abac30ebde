import type { ActionPlan } from '../../domain/runtime';
import type { AuditDatabase } from '../database';

export async function getPlan(db: AuditDatabase, auditId: string): Promise<ActionPlan | undefined> {
  return (await db.plans.get(auditId))?.plan as ActionPlan | undefined;
}

const content = (plan: ActionPlan): string => JSON.stringify({ ...plan, updatedAt: 0 });

/** Whether two plans say the same, whenever each was saved. */
export function samePlanContent(a: ActionPlan, b: ActionPlan): boolean {
  return content(a) === content(b);
}

/**
 * Saves the plan and gives what is stored now, or null when refused. With `base`, the plan
 * this edit started from: if another tab (or the analysis screen) saved meanwhile, both
 * edits are merged part by part (mergePlans) and the merge is stored, dated after both.
 * Without it, like answers: an older save never replaces a newer one.
 */
export async function savePlan(db: AuditDatabase, auditId: string, plan: ActionPlan, base?: ActionPlan | null): Promise<ActionPlan | null> {
  // Loaded before the transaction (which must not wait on anything else), and only by an edit
  // that may need it: the first screen opens the database without it.
  const merge = base === undefined ? undefined : (await import('../../domain/plan/merge-plans')).mergeSavedPlan;
  return db.transaction('rw', db.plans, db.audits, async () => {
    const current = await db.plans.get(auditId);
    const stored = current?.plan as ActionPlan | undefined;
    let next = plan;
    if (stored && merge && base !== undefined && !(base && samePlanContent(stored, base) && stored.updatedAt === base.updatedAt)) {
      // Saved elsewhere since this edit's start (or first saved there): merge, never overwrite.
      next = merge(base, plan, stored);
    } else if (current && current.updatedAt > plan.updatedAt) return null;
    await db.plans.put({ auditId, plan: next, updatedAt: next.updatedAt });
    await db.audits.update(auditId, { updatedAt: next.updatedAt });
    return next;
  });
}
