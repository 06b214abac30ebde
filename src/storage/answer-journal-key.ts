// Where the answer journal lives (answer-journal.ts), with no database library: the first
// read of a deep link (first-read.ts) checks it before the library has loaded.

export const JOURNAL_KEY = 'local-safety-audit.unsaved-answers.v1';

/** The part of Web Storage the journal uses (localStorage in the app, a fake in tests). */
export interface JournalStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The device's localStorage, or nothing where it is missing or refused (private modes). */
export function deviceJournalStore(): JournalStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

