import { useLiveQuery } from './use-live-query';
import { useCallback, useMemo } from 'react';
import type { ActionPlan } from '../../domain/runtime';
import { useDatabase } from '../database-context';
import { getPlan, savePlan } from '../repositories/plans-repo';
import { deviceJournalStore } from '../answer-journal-key';
import { forgetJournaledPlan, journalPlan } from '../plan-journal';

/** The audit's action plan: null when none yet, undefined while loading; live across tabs. */
export function usePlan(auditId: string): ActionPlan | null | undefined {
  return useLiveQuery(async (db) => (await getPlan(db, auditId)) ?? null, [auditId]);
}

/** Saves a plan edit made from `base` (the plan it started from, null for none): what is stored after, merged with any other edit saved meanwhile (plans-repo.ts). */
export type PlanSaver = (plan: ActionPlan, base: ActionPlan | null) => Promise<ActionPlan | null>;

export function usePlanSaver(auditId: string): PlanSaver {
  const source = useDatabase();
  return useCallback<PlanSaver>(async (plan, base) => savePlan(await source.get(), auditId, plan, base), [source, auditId]);
}

/** A plan not yet committed, kept on the device as the page goes away (plan-journal.ts); and let go once committed. */
export interface PlanJournal {
  /** Keeps a plan not yet committed, with the stored plan its edit started from. */
  keep: (plan: ActionPlan, base: ActionPlan | null) => void;
  committed: (updatedAt: number) => void;
}

export function usePlanJournal(auditId: string): PlanJournal {
  return useMemo(() => {
    const store = deviceJournalStore();
    return {
      keep: (plan, base) => store && journalPlan(store, auditId, plan, base),
      committed: (updatedAt) => store && forgetJournaledPlan(store, auditId, updatedAt),
    };
  }, [auditId]);
}
