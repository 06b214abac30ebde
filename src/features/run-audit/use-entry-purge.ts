import { useCallback, useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { parseKey } from '../../domain/runtime';
import type { AnswerSaver } from '../../storage';
import type { AnswerValues } from './answer-values';

/** Long enough for the undo offered after a removal. */
const UNDO_WINDOW_MS = 11_000;

function orphanKeys(values: AnswerValues, only?: { listId: string; entryId: string }): string[] {
  return Object.keys(values).filter((key) => {
    const parsed = parseKey(key);
    if (!parsed?.entryId || values[key] === undefined) return false;
    if (only && (parsed.itemId !== only.listId || parsed.entryId !== only.entryId)) return false;
    const entries = values[parsed.itemId]?.value;
    return !Array.isArray(entries) || !entries.includes(parsed.entryId);
  });
}

/**
 * A removed list entry's answers are deleted once its undo has lapsed, so nothing about a
 * removed partner or place lingers on the device; leftovers are swept when a form opens.
 */
export function useEntryPurge(form: UseFormReturn<AnswerValues>, saver: AnswerSaver): (listId: string, entryId: string) => void {
  const purge = useCallback(
    (keys: string[]) => {
      for (const key of keys) {
        form.setValue(key, undefined);
        saver.save(key, null);
      }
    },
    [form, saver],
  );
  useEffect(() => {
    purge(orphanKeys(form.getValues()));
  }, [form, purge]);
  return useCallback(
    (listId: string, entryId: string) => {
      setTimeout(() => purge(orphanKeys(form.getValues(), { listId, entryId })), UNDO_WINDOW_MS);
    },
    [form, purge],
  );
}

