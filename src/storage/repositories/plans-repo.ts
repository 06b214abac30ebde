import type { ActionPlan } from '../../domain/runtime';
import type { AuditDatabase } from '../database';

export async function getPlan(db: AuditDatabase, auditId: string): Promise<ActionPlan | undefined> {
  return (await db.plans.get(auditId))?.plan as ActionPlan | undefined;
}

/** Saves the plan; like answers, an older save never replaces a newer one (two tabs). */
export async function savePlan(db: AuditDatabase, auditId: string, plan: ActionPlan): Promise<boolean> {
  return db.transaction('rw', db.plans, db.audits, async () => {
    const current = await db.plans.get(auditId);
    if (current && current.updatedAt > plan.updatedAt) return false;
    await db.plans.put({ auditId, plan, updatedAt: plan.updatedAt });
    await db.audits.update(auditId, { updatedAt: plan.updatedAt });
    return true;
  });
}
