import 'fake-indexeddb/auto';
import { AuditDatabase } from '../../src/storage/database';

let counter = 0;

/** A fresh database with a unique name on fake-indexeddb. */
export function testDatabase(): AuditDatabase {
  counter += 1;
  return new AuditDatabase(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A clock that ticks one millisecond per call, from a fixed start. */
export function fakeClock(start = Date.UTC(2026, 10, 1)): () => number {
  let now = start;
  return () => ++now;
}
