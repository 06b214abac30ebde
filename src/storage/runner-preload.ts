import type { AuditDatabase } from './database';
import { loadRunnerData, type RunnerData } from './repositories/runner-data';

// No React here: a deep link starts this before the app's code has even loaded.
const preloaded = new Map<string, Promise<RunnerData | null>>();
const keyOf = (auditId: string, respondentId: string) => `${auditId}/${respondentId}`;

/** Starts reading a questionnaire's data while the app is still loading. */
export function preloadRunnerData(db: AuditDatabase, auditId: string, respondentId: string): void {
  preloaded.set(keyOf(auditId, respondentId), loadRunnerData(db, auditId, respondentId));
}

/** The preloaded read if there is one (once), else a fresh read. */
export function takeRunnerData(db: AuditDatabase, auditId: string, respondentId: string): Promise<RunnerData | null> {
  const key = keyOf(auditId, respondentId);
  const early = preloaded.get(key);
  preloaded.delete(key);
  return early ?? loadRunnerData(db, auditId, respondentId);
}
