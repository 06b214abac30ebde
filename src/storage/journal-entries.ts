import type { JournalStore } from './answer-journal-key';

/**
 * A journal in Web Storage (answer-journal.ts, plan-journal.ts): a JSON list under one key,
 * read back keeping only entries of the right shape, and removed once empty.
 */
export function readJournal<T>(store: JournalStore, key: string, isEntry: (entry: unknown) => entry is T): T[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

export function writeJournal(store: JournalStore, key: string, entries: readonly unknown[]): void {
  try {
    if (entries.length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(entries));
  } catch {
    // Web Storage full or refused: the IndexedDB write still runs; nothing more to do.
  }
}

/**
 * Writes a journal's entries to the database with `apply`, then clears it: an unreadable
 * journal is cleared too. A failed write (device full) keeps it for the next start. Never
 * throws; resolves with what `apply` wrote.
 */
export async function replayJournalWith<T>(store: JournalStore, key: string, isEntry: (entry: unknown) => entry is T, apply: (entries: T[]) => Promise<number>): Promise<number> {
  const entries = readJournal(store, key, isEntry);
  if (entries.length === 0) {
    if (store.getItem(key) !== null) writeJournal(store, key, []);
    return 0;
  }
  try {
    const written = await apply(entries);
    writeJournal(store, key, []);
    return written;
  } catch {
    return 0;
  }
}
