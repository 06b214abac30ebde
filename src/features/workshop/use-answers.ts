import { useCallback, useEffect, useRef, useState } from 'react';
import { computeProgress, type Answer, type Template } from '../../domain/runtime';
import { useAnswerSaver, useAuditActions, type ProgressSummary, type SaveStatus } from '../../storage';

export interface AnswersState {
  answers: ReadonlyMap<string, Answer>;
  /** Shows the answer at once and writes it to the device (undefined removes it). */
  save: (key: string, answer: Answer | undefined) => void;
  /** Resolves when everything is written, with the respondent's progress updated. */
  flush: () => Promise<void>;
  status: SaveStatus;
}

function summary(template: Template, answers: ReadonlyMap<string, Answer>): ProgressSummary {
  const progress = computeProgress(template, answers);
  const sections: ProgressSummary['sections'] = {};
  for (const s of progress.sections) sections[s.sectionId] = [s.answered, s.total];
  return { answered: progress.answered, total: progress.total, sections };
}

/**
 * One respondent's answers on screen, each change written to IndexedDB at once through
 * the shared answer writer (so a reload finds it), and changes from other tabs applied.
 */
export function useAnswers(auditId: string, respondentId: string, initial: ReadonlyMap<string, Answer>, template: Template): AnswersState {
  const [answers, setAnswers] = useState<ReadonlyMap<string, Answer>>(() => new Map(initial));
  const latest = useRef(answers);
  const actions = useAuditActions();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const put = useCallback((key: string, answer: Answer | undefined | null) => {
    const next = new Map(latest.current);
    if (answer) next.set(key, answer);
    else next.delete(key);
    latest.current = next;
    setAnswers(next);
  }, []);
  const onExternal = useCallback((key: string, answer: Answer | null) => put(key, answer), [put]);
  const { saver, status } = useAnswerSaver(auditId, respondentId, onExternal);
  const persistProgress = useCallback(() => {
    clearTimeout(timer.current);
    return actions.updateRespondent(respondentId, { progress: summary(template, latest.current) });
  }, [actions, respondentId, template]);
  const save = useCallback(
    (key: string, answer: Answer | undefined) => {
      put(key, answer);
      saver.save(key, answer ?? null);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void persistProgress(), 600);
    },
    [put, saver, persistProgress],
  );
  const flush = useCallback(async () => {
    await saver.flush();
    await persistProgress();
  }, [saver, persistProgress]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { answers, save, flush, status };
}
