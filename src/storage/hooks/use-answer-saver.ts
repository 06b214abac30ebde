import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answer } from '../../domain';
import { openAnswerChannel, type AnswerBroadcast } from '../answer-channel';
import { deviceJournalStore, forgetJournaled, journalUnsaved } from '../answer-journal';
import { createAnswerWriter, type SaveStatus } from '../answer-writer';
import { useDatabase } from '../database-context';
import { loadAnswer, loadAnswers, saveAnswers } from '../repositories/answers-repo';

export interface AnswerSaver {
  /** `base`: for a list's entry ids, the ids the change started from (see AnswerChange). */
  save: (key: string, answer: Answer | null, base?: readonly string[]) => void;
  flush: () => Promise<void>;
}

type Channel = ReturnType<typeof openAnswerChannel>;

/**
 * Saves answers as they change: each change goes to IndexedDB at once (write-behind),
 * everything pending is flushed when the page is hidden or closed, and other tabs hear of
 * every write. `onExternal` receives answers written elsewhere that are newer than ours.
 *
 * The writer lives as long as the questionnaire's keys; the channel to other tabs, the
 * page listeners and the catch-up read belong to the mounted screen (an effect), so that
 * a screen mounted, unmounted and mounted again (React's StrictMode does exactly that in
 * development) still saves every answer.
 */
export function useAnswerSaver(
  auditId: string,
  respondentId: string,
  /** `catchUp` marks answers re-read at start: apply them only if they differ from the form's. */
  onExternal: (key: string, answer: Answer | null, catchUp?: boolean) => void,
): { saver: AnswerSaver; status: SaveStatus } {
  const source = useDatabase();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const external = useRef(onExternal);
  useEffect(() => {
    external.current = onExternal;
  }, [onExternal]);

  const core = useMemo(() => {
    // When each answer was last changed in this tab: a re-read never undoes a later change.
    const changedHere = new Map<string, number>();
    // Set while a screen is mounted: writes are announced to other tabs through it.
    let channel: Channel | undefined;
    const writer = createAnswerWriter(async (changes) => {
      const db = await source.get();
      const result = await saveAnswers(db, auditId, respondentId, changes);
      const skipped = new Set(result.skipped);
      const merged = new Map(result.merged.map((m) => [m.key, m.answer]));
      // Other tabs hear what is now stored: a merged list, not this tab's side of it.
      const posted = changes.filter((c) => !skipped.has(c.key)).map(({ key, answer, at }) => ({ key, answer: merged.get(key) ?? answer, at }));
      channel?.post({ respondentId, changes: posted });
      // A newer change of that list is queued: it merges again and shows the result then.
      for (const [key, answer] of merged) if (!writer.pending().has(key)) external.current(key, answer);
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
    return {
      changedHere,
      writer,
      flush,
      setChannel: (next: Channel | undefined) => void (channel = next),
      current: () => channel,
      saver: {
        save: (key: string, answer: Answer | null, base?: readonly string[]) => {
          changedHere.set(key, Date.now());
          writer.set({ key, answer, at: Date.now(), ...(base ? { base } : {}) });
        },
        flush: () => writer.flush(),
      },
    };
  }, [source, auditId, respondentId]);

  useEffect(() => {
    let mounted = true;
    const channel = openAnswerChannel((message: AnswerBroadcast) => {
      if (message.respondentId !== respondentId) return;
      // Answers rewritten elsewhere at once (a merged file).
      if (message.reread) return void reread();
      const unsaved = new Set(core.writer.unsaved().map((c) => c.key));
      for (const change of message.changes) {
        if (!unsaved.has(change.key)) external.current(change.key, change.answer);
        // This tab's own change of that answer is on its way: once written (newer wins, lists
        // merge), show what is stored, unless a still newer change is queued by then.
        else void core.writer.flush().then(() => reloadAnswer(change.key));
      }
    });
    // Every stored answer read again and shown, except those changed here since `keepFrom`
    // (so never one typed while the read ran) and those still on their way.
    const reread = async (keepFrom = Date.now()) => {
      const stored = await loadAnswers(await source.get(), respondentId);
      if (!mounted) return;
      const unsaved = new Set(core.writer.unsaved().map((c) => c.key));
      for (const [key, answer] of stored) if (!unsaved.has(key) && (core.changedHere.get(key) ?? -1) < keepFrom) external.current(key, answer, true);
    };
    const reloadAnswer = async (key: string) => {
      if (core.writer.pending().has(key)) return;
      const stored = await loadAnswer(await source.get(), respondentId, key);
      if (mounted && !core.writer.pending().has(key)) external.current(key, stored);
    };
    core.setChannel(channel);
    // Catch up with anything another tab wrote between our first read and the channel
    // opening: in the task after the screen shows, so that the questionnaire comes first.
    // Nothing changed here since the questionnaire opened is overwritten (keepFrom 0).
    const catchUp = setTimeout(() => void reread(0), 0);
    const flushIfHidden = () => {
      if (document.visibilityState === 'hidden') core.flush();
    };
    document.addEventListener('visibilitychange', flushIfHidden);
    window.addEventListener('pagehide', core.flush);
    return () => {
      mounted = false;
      clearTimeout(catchUp);
      document.removeEventListener('visibilitychange', flushIfHidden);
      window.removeEventListener('pagehide', core.flush);
      // What is still queued is written, and announced, before this channel closes.
      void core.writer.flush().finally(() => {
        if (core.current() === channel) core.setChannel(undefined);
        channel.close();
      });
    };
  }, [core, source, respondentId]);

  return { saver: core.saver, status };
}
