import type { AuditDatabase } from './database';

/**
 * The app's database, which loads with its library on first ask. A questionnaire's deep link
 * shows its first screen from a read without the library (first-read.ts) and asks for the
 * database only afterwards, so the library's code is not on the way to the first question.
 * Hooks reach it through `get()`; nothing here imports the library.
 */
export interface DatabaseSource {
  /** The database once it has loaded, else undefined. */
  current(): AuditDatabase | undefined;
  /** The database; the first call starts loading it. A failed load is tried again on the next call. */
  get(): Promise<AuditDatabase>;
}

export function lazyDatabase(load: () => Promise<AuditDatabase>): DatabaseSource {
  let loaded: AuditDatabase | undefined;
  let pending: Promise<AuditDatabase> | undefined;
  return {
    current: () => loaded,
    get: () =>
      (pending ??= load().then(
        (db) => (loaded = db),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

/** A database already open (tests, and anything that made its own). */
export function readyDatabase(db: AuditDatabase): DatabaseSource {
  const ready = Promise.resolve(db);
  return { current: () => db, get: () => ready };
}

/** A repository function with the database bound: it waits for the database, then runs. */
export function bindDatabase<A extends unknown[], R>(source: DatabaseSource, run: (db: AuditDatabase, ...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => run(await source.get(), ...args);
}
