import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import type { AuditDatabase } from '../../src/storage/database';
import { DatabaseProvider } from '../../src/storage/database-context';
import { testDatabase } from './test-db';

export interface HookDatabase {
  /** This test's database. */
  readonly db: AuditDatabase;
  /** For renderHook: hands this test's database to the hooks. */
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

/** A fresh fake-indexeddb database for each test of storage hooks (jsdom), deleted after it. */
export function hookDatabase(): HookDatabase {
  let db = testDatabase();
  afterEach(async () => {
    await db.delete();
    db = testDatabase();
  });
  return {
    get db() {
      return db;
    },
    wrapper: ({ children }) => <DatabaseProvider db={db}>{children}</DatabaseProvider>,
  };
}
