import { afterEach } from 'vitest';
import type { AuditDatabase } from '../../src/storage/database';
import { testDatabase } from './test-db';

/** A fresh fake-indexeddb database for each test, deleted after it. Call once per database a test needs. */
export function freshDatabase(): { readonly db: AuditDatabase } {
  let db = testDatabase();
  afterEach(async () => {
    await db.delete();
    db = testDatabase();
  });
  return {
    get db() {
      return db;
    },
  };
}
