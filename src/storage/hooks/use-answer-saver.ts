import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answer } from '../../domain';
import { openAnswerChannel, type AnswerBroadcast } from '../answer-channel';
import { deviceJournalStore, forgetJournaled, journalUnsaved } from '../answer-journal';
import { createAnswerWriter, type SaveStatus } from '../answer-writer';
import { useDatabase } from '../database-context';
import { loadAnswers, saveAnswers } from '../repositories/answers-repo';

export interface AnswerSaver {
  save: (key: string, answer: Answer | null) => void;
  flush: () => Promise<void>;
}

/**
 * Saves answers as they change: each change goes to IndexedDB at once (write-behind),
 * everything pending is flushed when the page is hidden or closed, and other tabs hear of
 * every write. `onExternal` receives answers written elsewhere that are newer than ours.
 */
export function useAnswerSaver(
  auditId: string,
  respondentId: string,
  /** `catchUp` marks answers re-read at start: apply them only if they differ from the form's. */
  onExternal: (key: string, answer: Answer | null, catchUp?: boolean) => void,
): { saver: AnswerSaver; status: SaveStatus } {
  const db = useDatabase();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const external = useRef(onExternal);
  useEffect(() => {
    external.current = onExternal;
  }, [onExternal]);

  const { saver, dispose } = useMemo(() => {
    const changedHere = new Set<string>();
    const channel = openAnswerChannel((message: AnswerBroadcast) => {
      if (message.respondentId !== respondentId) return;
      for (const change of message.changes) external.current(change.key, change.answer);
    });
    // Catch up with anything another tab wrote between our first read and the channel opening.
    void loadAnswers(db, respondentId).then((stored) => {
      for (const [key, answer] of stored) if (!changedHere.has(key)) external.current(key, answer, true);
    });
    const writer = createAnswerWriter(async (changes) => {
      const result = await saveAnswers(db, auditId, respondentId, changes);
      const skipped = new Set(result.skipped);
      channel.post({ respondentId, changes: changes.filter((c) => !skipped.has(c.key)) });
      if (skipped.size > 0) {
        const stored = await loadAnswers(db, respondentId);
        for (const key of skipped) external.current(key, stored.get(key) ?? null);
      }
      return result;
    }, setStatus);
    // The page may be gone before IndexedDB commits (a reload, a closed tab, a phone that
    // drops a hidden page): copy what is unsaved to the journal first, synchronously, and
    // take each change out again once its write lands while the page lives on.
    const journal = deviceJournalStore();
    const flush = () => {
      const unsaved = writer.unsaved();
      if (!journal || unsaved.length === 0) return void writer.flush();
      journalUnsaved(journal, auditId, respondentId, unsaved);
      void writer.flush().then(() => {
        const left = writer.unsaved();
        const landed = unsaved.filter((c) => !left.some((u) => u.key === c.key && u.at === c.at));
        forgetJournaled(journal, respondentId, landed);
      });
    };
    const flushIfHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', flushIfHidden);
    window.addEventListener('pagehide', flush);
    return {
      saver: {
        save: (key: string, answer: Answer | null) => {
          changedHere.add(key);
          writer.set({ key, answer, at: Date.now() });
        },
        flush: () => writer.flush(),
      },
      dispose: () => {
        void writer.flush().finally(() => {
          writer.dispose();
          channel.close();
        });
        document.removeEventListener('visibilitychange', flushIfHidden);
        window.removeEventListener('pagehide', flush);
      },
    };
  }, [db, auditId, respondentId]);

  useEffect(() => dispose, [dispose]);
  return { saver, status };
}
