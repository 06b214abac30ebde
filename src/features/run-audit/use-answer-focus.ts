import { useCallback, useRef } from 'react';
import { parseKey } from '../../domain/runtime';

export interface AnswerFocus {
  /** Moves the focus to an answer's input; opens the closed list entry it is in first. */
  focusAnswer: (key: string) => void;
  /** Records (or forgets, with null) the input that takes focus for an answer. */
  bindInput: (key: string, element: HTMLElement | null) => void;
  /** A list's way to open one of its entries; returns the call that forgets it. */
  registerOpener: (listId: string, open: (entryId: string) => void) => () => void;
}

/**
 * The inputs the error summary's links move the focus to. A field of a closed list entry
 * has no input on screen: its entry is opened, and the field takes the focus as it appears.
 */
export function useAnswerFocus(): AnswerFocus {
  const inputs = useRef(new Map<string, HTMLElement>());
  const openers = useRef(new Map<string, (entryId: string) => void>());
  const pending = useRef<string | null>(null);
  const focusAnswer = useCallback((key: string) => {
    const input = inputs.current.get(key);
    if (input) return input.focus();
    const parsed = parseKey(key);
    const open = parsed?.entryId ? openers.current.get(parsed.itemId) : undefined;
    if (!parsed?.entryId || !open) return;
    pending.current = key;
    open(parsed.entryId);
  }, []);
  const bindInput = useCallback((key: string, element: HTMLElement | null) => {
    if (!element) return void inputs.current.delete(key);
    inputs.current.set(key, element);
    if (pending.current === key) {
      pending.current = null;
      element.focus();
    }
  }, []);
  const registerOpener = useCallback((listId: string, open: (entryId: string) => void) => {
    openers.current.set(listId, open);
    return () => void (openers.current.get(listId) === open && openers.current.delete(listId));
  }, []);
  return { focusAnswer, bindInput, registerOpener };
}
