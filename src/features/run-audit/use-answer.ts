import { useCallback } from 'react';
import { useController } from 'react-hook-form';
import type { Answer } from '../../domain/runtime';
import { normalizeAnswer, type AnswerValues } from './answer-values';
import { decodeIssue, type DecodedIssue } from './issue-message';
import { useRunner } from './runner-context';

export interface AnswerField {
  answer: Answer | undefined;
  /** Replaces the answer; an empty one is removed. */
  setAnswer: (next: Answer | undefined) => void;
  /** Merges into the current answer. */
  update: (patch: Partial<Answer>) => void;
  issue: DecodedIssue | undefined;
  /** Registers the input that receives focus when the error summary links here. */
  bindInput: (element: HTMLElement | null) => void;
}

/** One answer of the form: its value, its problem if any, and a setter that also saves. */
export function useAnswer(key: string): AnswerField {
  const { changed } = useRunner();
  const { field, fieldState } = useController<AnswerValues, string>({ name: key });
  const { onChange, value, ref } = field;
  const setAnswer = useCallback(
    (next: Answer | undefined) => {
      const normalized = normalizeAnswer(next);
      onChange(normalized);
      changed(key, normalized);
    },
    [onChange, changed, key],
  );
  const update = useCallback((patch: Partial<Answer>) => setAnswer({ ...value, ...patch }), [setAnswer, value]);
  return { answer: value, setAnswer, update, issue: decodeIssue(fieldState.error?.message), bindInput: ref };
}
