import type { ReactNode } from 'react';
import type { AuditDatabase } from '../../src/storage/database';
import { DatabaseProvider } from '../../src/storage/database-context';
import { readyDatabase, type DatabaseSource } from '../../src/storage/database-source';
import { freshDatabase } from './fresh-database';

export interface HookDatabase {
  /** This test's database. */
  readonly db: AuditDatabase;
  /** For renderHook: hands this test's database to the hooks. */
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

/** A fresh fake-indexeddb database for each test of storage hooks (jsdom), deleted after it. */
export function hookDatabase(): HookDatabase {
  const fresh = freshDatabase();
  // One source per database: a new one on every render would restart every hook's queries.
  let source: DatabaseSource | undefined;
  const sourceOf = (db: AuditDatabase) => (source?.current() === db ? source : (source = readyDatabase(db)));
  return {
    get db() {
      return fresh.db;
    },
    wrapper: ({ children }) => <DatabaseProvider source={sourceOf(fresh.db)}>{children}</DatabaseProvider>,
  };
}
