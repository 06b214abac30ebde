import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { AuditDatabase } from '../database';
import { useDatabase } from '../database-context';

interface Monitor<T> {
  result: T | undefined;
  error: unknown;
}

/**
 * A query kept current as the database changes (in this tab or another): undefined until
 * its first result, then the latest, which stays while `deps` change until the next one
 * arrives (as dexie-react-hooks' useLiveQuery, whose observable, Dexie's liveQuery, this
 * uses). The database may still be loading: the query starts once it is there, and when
 * it is, a result Dexie already holds is used in the very render that asks.
 */
export function useLiveQuery<T>(querier: (db: AuditDatabase) => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const source = useDatabase();
  const monitor = useRef<Monitor<T>>({ result: undefined, error: null });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const query = useRef(querier);
  query.current = querier;
  const loaded = source.current();
  // A result Dexie can give at once (it caches live queries) is taken now, as the library does.
  useMemo(() => {
    if (!loaded) return;
    const subscription = loaded.live(() => query.current(loaded)).subscribe((value) => (monitor.current = { result: value, error: null }));
    subscription.unsubscribe();
  }, [loaded, ...deps]);
  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const receive = (next: Monitor<T>) => {
      const current = monitor.current;
      if (!live || (current.error === next.error && current.result === next.result)) return;
      monitor.current = next;
      rerender();
    };
    void source.get().then(
      (db) => {
        if (!live) return;
        const subscription = db.live(() => query.current(db)).subscribe({
          next: (value) => receive({ result: value, error: null }),
          error: (error: unknown) => receive({ result: monitor.current.result, error }),
        });
        unsubscribe = () => subscription.unsubscribe();
      },
      (error: unknown) => receive({ result: monitor.current.result, error }),
    );
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [source, ...deps]);
  if (monitor.current.error !== null) throw monitor.current.error;
  return monitor.current.result;
}
