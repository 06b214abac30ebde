import { createContext, useContext, type ReactNode } from 'react';
import type { AuditDatabase } from './database';

const DatabaseContext = createContext<AuditDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: AuditDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

/** For storage hooks only: screens call hooks and repository functions, never `db`. */
export function useDatabase(): AuditDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
