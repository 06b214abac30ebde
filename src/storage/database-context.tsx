import { createContext, useContext, type ReactNode } from 'react';
import type { DatabaseSource } from './database-source';

const DatabaseContext = createContext<DatabaseSource | null>(null);

export function DatabaseProvider({ source, children }: { source: DatabaseSource; children: ReactNode }) {
  return <DatabaseContext.Provider value={source}>{children}</DatabaseContext.Provider>;
}

/** For storage hooks only: screens call hooks and repository functions, never the database. */
export function useDatabase(): DatabaseSource {
  const source = useContext(DatabaseContext);
  if (!source) throw new Error('useDatabase outside DatabaseProvider');
  return source;
}
