import type { ReactNode } from 'react';
import type { AuditDatabase } from '../../src/storage/database';
import { DatabaseProvider } from '../../src/storage/database-context';
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
  return {
    get db() {
      return fresh.db;
    },
    wrapper: ({ children }) => <DatabaseProvider db={fresh.db}>{children}</DatabaseProvider>,
  };
}
