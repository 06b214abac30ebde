import { emptyPlan, mergePlans, type ActionPlan } from '../../domain/runtime';
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
  return db.transaction('rw', db.plans, db.audits, async () => {
    const current = await db.plans.get(auditId);
    const stored = current?.plan as ActionPlan | undefined;
    let next = plan;
    if (stored && base !== undefined && !(base && samePlanContent(stored, base) && stored.updatedAt === base.updatedAt)) {
      // Saved elsewhere since this edit's start (or first saved there): merge, never overwrite.
      next = { ...mergePlans(base ?? emptyPlan(0), plan, stored), updatedAt: Math.max(plan.updatedAt, stored.updatedAt + 1) };
    } else if (current && current.updatedAt > plan.updatedAt) return null;
    await db.plans.put({ auditId, plan: next, updatedAt: next.updatedAt });
    await db.audits.update(auditId, { updatedAt: next.updatedAt });
    return next;
  });
}
