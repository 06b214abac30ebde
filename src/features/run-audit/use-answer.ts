import { useCallback } from 'react';
import { useWatch } from 'react-hook-form';
import type { Answer } from '../../domain/runtime';
import { useAnswerErrors } from './answer-errors';
import { normalizeAnswer, type AnswerValues } from './answer-values';
import { decodeIssue, type DecodedIssue } from './issue-message';
import { useRunner } from './runner-context';

export interface AnswerField {
  answer: Answer | undefined;
  /** Replaces the answer; an empty one is removed. `base`: see RunnerContextValue.changed. */
  setAnswer: (next: Answer | undefined, base?: readonly string[]) => void;
  /** Merges into the current answer. */
  update: (patch: Partial<Answer>, base?: readonly string[]) => void;
  issue: DecodedIssue | undefined;
  /** Registers the input that receives focus when the error summary links here. */
  bindInput: (element: HTMLElement | null) => void;
}

/**
 * One answer of the form: its value, its problem if any, and a setter that also saves.
 * It watches its own value only (no per-question form-state subscription, see answer-errors).
 */
export function useAnswer(key: string): AnswerField {
  const { changed, bindInput, setValue } = useRunner();
  const answer = useWatch<AnswerValues, string>({ name: key });
  const { errors, recheck } = useAnswerErrors();
  const setAnswer = useCallback(
    (next: Answer | undefined, base?: readonly string[]) => {
      const normalized = normalizeAnswer(next);
      setValue(key, normalized, { shouldValidate: recheck });
      changed(key, normalized, base);
    },
    [setValue, changed, key, recheck],
  );
  const update = useCallback((patch: Partial<Answer>, base?: readonly string[]) => setAnswer({ ...answer, ...patch }, base), [setAnswer, answer]);
  const bind = useCallback((element: HTMLElement | null) => bindInput(key, element), [bindInput, key]);
  return { answer, setAnswer, update, issue: decodeIssue(errors[key]?.message), bindInput: bind };
}
