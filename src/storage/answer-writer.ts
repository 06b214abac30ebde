import type { AnswerChange, SaveResult } from './repositories/answers-repo';

export type SaveStatus =
  | { state: 'saved'; at?: number }
  | { state: 'saving' }
  | { state: 'error'; reason: 'quota' | 'other'; message: string };

export interface AnswerWriter {
  /** Queues a change; it is written at once, or right after the write in progress. */
  set(change: AnswerChange): void;
  /** Resolves when everything queued so far is written (or has failed). */
  flush(): Promise<void>;
  /** Changes not yet written, by key: what the screen must keep showing after a failure. */
  pending(): ReadonlyMap<string, AnswerChange>;
  /** Every change not yet committed: the write in progress and the queue (newest per key). */
  unsaved(): AnswerChange[];
  dispose(): void;
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/**
 * Write-behind for answers: no debounce, so an answer reaches IndexedDB in one
 * transaction's time; while one transaction runs, newer changes collect (latest per key)
 * and go in the next. A failed write keeps its changes queued and reports why; the next
 * change or flush retries them. Nothing already stored is touched by a failure.
 */
export function createAnswerWriter(save: (changes: AnswerChange[]) => Promise<SaveResult>, onStatus: (status: SaveStatus) => void): AnswerWriter {
  const queue = new Map<string, AnswerChange>();
  let running: Promise<void> | undefined;
  let inFlight: AnswerChange[] = [];
  let disposed = false;

  const runOnce = async (): Promise<void> => {
    const batch = [...queue.values()];
    queue.clear();
    inFlight = batch;
    onStatus({ state: 'saving' });
    try {
      await save(batch);
      inFlight = [];
      if (queue.size === 0) onStatus({ state: 'saved', at: Date.now() });
    } catch (error) {
      inFlight = [];
      for (const change of batch) {
        const newer = queue.get(change.key);
        // A newer change of a list started from this unwritten one: it starts where this did.
        if (!newer) queue.set(change.key, change);
        else if (newer.base && change.base) queue.set(change.key, { ...newer, base: change.base });
      }
      onStatus({ state: 'error', reason: isQuotaError(error) ? 'quota' : 'other', message: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };

  const drain = (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      try {
        while (queue.size > 0 && !disposed) await runOnce();
      } catch {
        // reported through onStatus; changes stay queued for the next attempt
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  return {
    set(change) {
      // Changes to one answer collapse into the newest; a list's keeps the first one's start.
      const queued = queue.get(change.key);
      queue.set(change.key, queued?.base && change.base ? { ...change, base: queued.base } : change);
      void drain();
    },
    async flush() {
      await running;
      if (queue.size > 0) await drain();
    },
    pending: () => queue,
    unsaved() {
      const all = new Map(inFlight.map((c) => [c.key, c]));
      for (const [key, change] of queue) {
        const first = all.get(key);
        all.set(key, first?.base && change.base ? { ...change, base: first.base } : change);
      }
      return [...all.values()];
    },
    dispose() {
      disposed = true;
    },
  };
}
