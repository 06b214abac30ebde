import type { AuditDatabase } from './database';
import type { JournalStore } from './answer-journal-key';
import type { ActionPlan } from '../domain/runtime';
import { savePlan } from './repositories/plans-repo';
import { readJournal, replayJournalWith, writeJournal } from './journal-entries';

/**
 * The plan's counterpart of the answer journal (answer-journal.ts): a plan typed just
 * before the page goes away is copied here on `pagehide`, synchronously, and written to the
 * database the next time it opens, before any screen reads: merged with a plan saved
 * elsewhere meanwhile when the entry names the plan its edit started from (plans-repo.ts),
 * else by the newer-wins rule.
 */
export const PLAN_JOURNAL_KEY = 'local-safety-audit.unsaved-plans.v1';

interface PlanEntry {
  auditId: string;
  plan: unknown;
  /** The stored plan the edit started from (null: none); absent in entries written before it was kept. */
  base?: unknown;
}

const isEntry = (e: unknown): e is PlanEntry => typeof e === 'object' && e !== null && typeof (e as PlanEntry).auditId === 'string';
const readEntries = (store: JournalStore): PlanEntry[] => readJournal(store, PLAN_JOURNAL_KEY, isEntry);
const writeEntries = (store: JournalStore, entries: readonly PlanEntry[]): void => writeJournal(store, PLAN_JOURNAL_KEY, entries);

const updatedAt = (plan: unknown): number => (typeof plan === 'object' && plan !== null && typeof (plan as ActionPlan).updatedAt === 'number' ? (plan as ActionPlan).updatedAt : 0);

/** Records a plan not yet committed (one per audit, the newest). Synchronous. */
export function journalPlan(store: JournalStore, auditId: string, plan: ActionPlan, base?: ActionPlan | null): void {
  const entries = readEntries(store).filter((e) => e.auditId !== auditId || updatedAt(e.plan) > plan.updatedAt);
  if (entries.some((e) => e.auditId === auditId)) return;
  writeEntries(store, [...entries, { auditId, plan, ...(base !== undefined ? { base } : {}) }]);
}

/** Removes the audit's entry once that very plan (or a later one) has committed. */
export function forgetJournaledPlan(store: JournalStore, auditId: string, committed: number): void {
  const entries = readEntries(store);
  const left = entries.filter((e) => e.auditId !== auditId || updatedAt(e.plan) > committed);
  if (left.length !== entries.length) writeEntries(store, left);
}

/**
 * Writes the journal's plans to the database (a newer plan already stored wins), then clears
 * it. A plan that fails the plan schema, or whose audit is gone, is dropped. Never throws.
 */
export async function replayPlanJournal(db: AuditDatabase, store: JournalStore): Promise<number> {
  return replayJournalWith(store, PLAN_JOURNAL_KEY, isEntry, async (entries) => {
    const { ActionPlanSchema } = await import('../domain/plan/action-plan-schema');
    let written = 0;
    for (const { auditId, plan, base } of entries) {
      const parsed = ActionPlanSchema.safeParse(plan);
      if (!parsed.success || !(await db.audits.get(auditId))) continue;
      // A base that does not read as a plan is no base: the newer-wins rule then applies.
      const from = base === null ? null : base === undefined ? undefined : ActionPlanSchema.safeParse(base).data;
      if (await savePlan(db, auditId, parsed.data, from)) written++;
    }
    return written;
  });
}

/** Replays the plan journal each time the database opens, before any other query runs. */
export function attachPlanJournal(db: AuditDatabase, store: JournalStore | undefined): void {
  if (!store) return;
  db.on('ready', (vip) => replayPlanJournal(vip as AuditDatabase, store), true);
}
