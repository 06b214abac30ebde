import { useEffect, useRef } from 'react';

export interface PresenterKeys {
  next: () => void;
  previous: () => void;
  reveal: () => void;
  timer: () => void;
  escape?: () => void;
}

/** Where typing needs the key itself: arrows move the caret or the choice, letters are text. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'submit', 'reset'].includes(target.type);
}

/**
 * The presenter's keys: → or Page Down for the next item, ← or Page Up for the previous
 * one, R to show or hide results, T to start or stop the timer. Page keys work from a
 * count field too (a clicker sends them); arrows and letters do not interrupt typing.
 */
export function usePresenterKeys(keys: PresenterKeys): void {
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const editing = isEditing(event.target);
      const inTextArea = event.target instanceof HTMLTextAreaElement;
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      const k = current.current;
      if (event.key === 'PageDown' && !inTextArea) run(k.next);
      else if (event.key === 'PageUp' && !inTextArea) run(k.previous);
      else if (event.key === 'Escape' && k.escape) k.escape();
      else if (editing) return;
      else if (event.key === 'ArrowRight') run(k.next);
      else if (event.key === 'ArrowLeft') run(k.previous);
      else if (event.key === 'r' || event.key === 'R') run(k.reveal);
      else if (event.key === 't' || event.key === 'T') run(k.timer);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
