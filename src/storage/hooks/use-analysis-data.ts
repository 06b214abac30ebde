import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnalysisInput } from '../../domain/runtime';
import { useDatabase } from '../database-context';
import { loadAnswersForAnalysis, loadOverrides, watchAnalysisInput, type AuditAnalysisData } from '../repositories/analysis-input';
import { useAudit } from './use-audits';
import { useLiveQuery } from './use-live-query';

/**
 * At most one read of an audit's answers per this time while they keep changing: a
 * questionnaire typed in another tab saves every few hundred milliseconds, and a large
 * audit takes a tenth of a second to read and more to analyse.
 */
export const ANALYSIS_REREAD_MS = 1500;

type Answered = Omit<AuditAnalysisData, 'audit'> | null;

/**
 * The templates, respondents, answers and overrides of an audit, for analysis; null when the
 * audit is missing. Live: read again when an answer or a respondent changes, in this tab or
 * another (a questionnaire open beside it, a merged file), at most once per
 * ANALYSIS_REREAD_MS, and when a change of priority is recorded; an edit of the plan's other
 * parts changes nothing here.
 */
export function useAnalysisData(auditId: string, rereadMs = ANALYSIS_REREAD_MS): AuditAnalysisData | null | undefined {
  const audit = useAudit(auditId);
  const mainKey = audit?.templateKey;
  const answered = useThrottledAnswers(auditId, mainKey, rereadMs);
  // As text, so that the same overrides read again are the same result and cause no render.
  const overrides = useLiveQuery(async (db) => JSON.stringify(await loadOverrides(db, auditId)), [auditId]);
  // The input keeps its identity while only the audit's record changes (a plan edit dates it): no new analysis.
  const input = useMemo(() => (answered && overrides !== undefined ? { ...answered.input, overrides: JSON.parse(overrides) as AnalysisInput['overrides'] } : undefined), [answered, overrides]);
  return useMemo(() => {
    if (audit === null || answered === null) return null;
    return audit && answered && input ? { audit, main: answered.main, input } : undefined;
  }, [audit, answered, input]);
}

/** The audit's answers, read once the main template is known, then again after changes (throttled). */
function useThrottledAnswers(auditId: string, mainKey: string | undefined, rereadMs: number): Answered | undefined {
  const source = useDatabase();
  // A new object each time something the analysis reads has changed (Dexie runs the watch again).
  const changed = useLiveQuery(async (db) => {
    await watchAnalysisInput(db, auditId);
    return {};
  }, [auditId]);
  const key = `${auditId}@${mainKey ?? ''}`;
  const [state, setState] = useState<{ key: string; data: Answered }>();
  const wanted = useRef(key);
  wanted.current = key;
  const reads = useRef({ last: Number.NEGATIVE_INFINITY, started: 0, landed: 0 });
  useEffect(() => {
    if (changed === undefined || mainKey === undefined) return;
    const readKey = `${auditId}@${mainKey}`;
    const timer = setTimeout(
      () => {
        const count = reads.current;
        count.last = Date.now();
        const number = ++count.started;
        // A read under way still lands when a change comes (changes can come faster than
        // reads end), unless the audit is another by then or a later read landed first.
        void source
          .get()
          .then((db) => loadAnswersForAnalysis(db, auditId, mainKey))
          .then((data) => {
            if (wanted.current !== readKey || number < count.landed) return;
            count.landed = number;
            setState({ key: readKey, data });
          });
      },
      Math.max(0, reads.current.last + rereadMs - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [source, changed, auditId, mainKey, rereadMs]);
  return state?.key === key ? state.data : undefined;
}
