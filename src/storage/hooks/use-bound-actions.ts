import { useMemo } from 'react';
import type { AuditDatabase } from '../database';
import { useDatabase } from '../database-context';
import { bindDatabase } from '../database-source';

/** Binds a repository function to the app's database (see bindDatabase). */
export type Bind = <A extends unknown[], R>(run: (db: AuditDatabase, ...args: A) => Promise<R>) => (...args: A) => Promise<R>;

/** Repository functions bound to the app's database by `make`, a function defined once outside any component. */
export function useBoundActions<T>(make: (bind: Bind) => T): T {
  const source = useDatabase();
  return useMemo(() => make((run) => bindDatabase(source, run)), [source, make]);
}
