import { useLiveQuery } from './use-live-query';
import { useAudit } from './use-audits';
import { useCallback, useMemo } from 'react';
import type { ActionPlan, AnalysisInput } from '../../domain/runtime';
import { useDatabase } from '../database-context';
import { loadAnswersForAnalysis, loadOverrides, type AuditAnalysisData } from '../repositories/analysis-input';
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

/**
 * The templates, respondents, answers and overrides of an audit, for analysis; null when the
 * audit is missing. Live: read again when an answer or a respondent changes, in this tab or
 * another (a questionnaire open beside it, a merged file), or when a change of priority is
 * recorded; an edit of the plan's other parts changes nothing here.
 */
export function useAnalysisData(auditId: string): AuditAnalysisData | null | undefined {
  const audit = useAudit(auditId);
  const mainKey = audit?.templateKey;
  const answered = useLiveQuery(async (db) => (mainKey === undefined ? undefined : loadAnswersForAnalysis(db, auditId, mainKey)), [auditId, mainKey]);
  // As text, so that the same overrides read again are the same result and cause no render.
  const overrides = useLiveQuery(async (db) => JSON.stringify(await loadOverrides(db, auditId)), [auditId]);
  // The input keeps its identity while only the audit's record changes (a plan edit dates it): no new analysis.
  const input = useMemo(() => (answered && overrides !== undefined ? { ...answered.input, overrides: JSON.parse(overrides) as AnalysisInput['overrides'] } : undefined), [answered, overrides]);
  return useMemo(() => {
    if (audit === null || answered === null) return null;
    return audit && answered && input ? { audit, main: answered.main, input } : undefined;
  }, [audit, answered, input]);
}
