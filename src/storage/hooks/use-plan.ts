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

export function usePlanSaver(auditId: string): (plan: ActionPlan) => Promise<boolean> {
  const source = useDatabase();
  return useCallback(async (plan: ActionPlan) => savePlan(await source.get(), auditId, plan), [source, auditId]);
}

/** A plan not yet committed, kept on the device as the page goes away (plan-journal.ts); and let go once committed. */
export interface PlanJournal {
  keep: (plan: ActionPlan) => void;
  committed: (updatedAt: number) => void;
}

export function usePlanJournal(auditId: string): PlanJournal {
  return useMemo(() => {
    const store = deviceJournalStore();
    return {
      keep: (plan) => store && journalPlan(store, auditId, plan),
      committed: (updatedAt) => store && forgetJournaledPlan(store, auditId, updatedAt),
    };
  }, [auditId]);
}
