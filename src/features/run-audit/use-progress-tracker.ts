import { useCallback, useEffect, useRef, useState } from 'react';
import { computeProgress, type Answers, type Progress, type Template } from '../../domain/runtime';
import type { ProgressSummary } from '../../storage';

/**
 * Progress is recomputed a moment after typing stops (it is not needed per keystroke),
 * and kept on the respondent so lists can show it without loading answers.
 */
export function useProgressTracker(
  template: Template,
  readAnswers: () => Answers,
  excluded: readonly string[],
  persist: (summary: ProgressSummary) => void,
): { progress: Progress | undefined; schedule: () => void } {
  const [progress, setProgress] = useState<Progress>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inputs = useRef({ template, readAnswers, excluded, persist });
  useEffect(() => {
    inputs.current = { template, readAnswers, excluded, persist };
  });
  const run = useCallback(() => {
    const { template: tpl, readAnswers: read, excluded: out, persist: save } = inputs.current;
    const next = computeProgress(tpl, read(), { excludedSections: new Set(out) });
    setProgress(next);
    const sections: ProgressSummary['sections'] = {};
    for (const s of next.sections) sections[s.sectionId] = [s.answered, s.total];
    save({ answered: next.answered, total: next.total, sections });
  }, []);
  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      run();
    }, 500);
  }, [run]);
  // The first count waits until the questions are on screen: it is not needed to answer.
  // Leaving the questionnaire before a count is due counts at once, so that the audit's
  // overview never says a respondent has not started when an answer is there.
  // Keyed by the sections left out, not the array: each saved count gives the respondent's
  // record, and so this array, a new identity, which counted again every half second.
  const excludedKey = excluded.join('\n');
  useEffect(() => {
    schedule();
    return () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      run();
    };
  }, [schedule, excludedKey, run]);
  return { progress, schedule };
}
