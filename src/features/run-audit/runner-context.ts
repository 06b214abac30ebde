import { createContext, useContext } from 'react';
import type { Answer, LocalizedText, Template } from '../../domain/runtime';

export interface RunnerContextValue {
  template: Template;
  /** Template text in the person's language (or the template's first language). */
  text: (value: LocalizedText | undefined) => string;
  /**
   * Puts an answer into the form (react-hook-form's setValue, which never changes). Items take
   * it from here rather than from the form's context, which changes with every form-state
   * change (errors, "ready") and would re-render every question each time.
   */
  setValue: (key: string, answer: Answer | undefined, options: { shouldValidate: boolean }) => void;
  /**
   * Records a change: saves it, and refreshes what depends on it. A list passes `base`, the
   * entry ids the change started from, so that entries another tab adds meanwhile are kept.
   */
  changed: (key: string, answer: Answer | undefined, base?: readonly string[]) => void;
  /**
   * Deletes a removed entry's answers once its undo has lapsed (if it was not restored);
   * returns the undo's way to put them back should they be gone by then.
   */
  purgeEntryLater: (listId: string, entryId: string) => () => void;
  /** Records (or forgets, with null) the input that takes focus for an answer. */
  bindInput: (key: string, element: HTMLElement | null) => void;
  /** A list's way to open one of its entries (for the error summary's links); returns the call that forgets it. */
  registerOpener: (listId: string, open: (entryId: string) => void) => () => void;
}

export const RunnerContext = createContext<RunnerContextValue | null>(null);

export function useRunner(): RunnerContextValue {
  const value = useContext(RunnerContext);
  if (!value) throw new Error('useRunner outside a questionnaire');
  return value;
}
