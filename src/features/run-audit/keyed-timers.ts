/**
 * One pending timer per key: scheduling a key again replaces its earlier timer. A list
 * entry removed, restored and removed again is purged once the latest removal's undo has
 * lapsed, never by the first removal's timer while the second undo is still offered.
 */
export interface KeyedTimers {
  schedule(key: string, run: () => void, delayMs: number): void;
  cancelAll(): void;
}

export function keyedTimers(): KeyedTimers {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    schedule(key, run, delayMs) {
      const earlier = pending.get(key);
      if (earlier !== undefined) clearTimeout(earlier);
      pending.set(
        key,
        setTimeout(() => {
          pending.delete(key);
          run();
        }, delayMs),
      );
    },
    cancelAll() {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
