import { useCallback, useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { parseKey } from '../../domain/runtime';
import type { AnswerSaver } from '../../storage';
import type { AnswerValues } from './answer-values';
import { keyedTimers } from './keyed-timers';

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
export function useEntryPurge(form: UseFormReturn<AnswerValues>, saver: AnswerSaver): (listId: string, entryId: string) => () => void {
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
  // One timer per entry: removed, restored and removed again, it waits for the latest undo.
  const [timers] = useState(keyedTimers);
  return useCallback(
    (listId: string, entryId: string) => {
      // What the entry held, kept in memory only while its undo is offered: an undo taken
      // after the purge (its notice paused under the pointer or the focus) brings it all back.
      const prefix = `${listId}/${entryId}/`;
      const held = Object.entries(form.getValues()).filter(([key, answer]) => key.startsWith(prefix) && answer !== undefined);
      timers.schedule(`${listId}/${entryId}`, () => purge(orphanKeys(form.getValues(), { listId, entryId })), UNDO_WINDOW_MS);
      return () => {
        for (const [key, answer] of held) {
          if (form.getValues(key) !== undefined || !answer) continue;
          form.setValue(key, answer);
          saver.save(key, answer);
        }
      };
    },
    [form, purge, timers, saver],
  );
}

