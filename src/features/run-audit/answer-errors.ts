import { createContext, useContext } from 'react';
import type { FieldErrors } from 'react-hook-form';
import type { AnswerValues } from './answer-values';

export interface AnswerErrors {
  /** The problems found by the last check, by answer key. */
  errors: FieldErrors<AnswerValues>;
  /** After a first attempt to mark the section complete, each change is checked again. */
  recheck: boolean;
}

/**
 * The form's problems, read once by the runner and shared with every question, rather than
 * one form-state subscription per question: react-hook-form keeps a deep copy of the whole
 * form state for each subscriber, which grew with every answer on long questionnaires.
 */
export const AnswerErrorsContext = createContext<AnswerErrors>({ errors: {}, recheck: false });

export function useAnswerErrors(): AnswerErrors {
  return useContext(AnswerErrorsContext);
}
