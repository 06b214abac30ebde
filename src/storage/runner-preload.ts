import type { AuditDatabase } from './database';
import { loadRunnerData, type RunnerData } from './repositories/runner-data';

// No React here: a deep link starts this before the app's code has even loaded.
const preloaded = new Map<string, Promise<RunnerData | null>>();
const settled = new Map<string, RunnerData | null>();
const keyOf = (auditId: string, respondentId: string) => `${auditId}/${respondentId}`;

/** Starts reading a questionnaire's data while the app is still loading. */
export function preloadRunnerData(db: AuditDatabase, auditId: string, respondentId: string): void {
  const key = keyOf(auditId, respondentId);
  const read = loadRunnerData(db, auditId, respondentId);
  preloaded.set(key, read);
  void read.then(
    (data) => {
      if (preloaded.get(key) === read) settled.set(key, data);
    },
    () => undefined,
  );
}

/**
 * The preloaded data if it has already arrived, so the first render can use it. It stays
 * until the screen has mounted (forgetRunnerData): a first render that React starts over
 * (an update arrived before it was shown) finds it again.
 */
export function peekRunnerData(auditId: string, respondentId: string): RunnerData | null | undefined {
  return settled.get(keyOf(auditId, respondentId));
}

/** Drops the preloaded read once a screen holds it; a later visit reads afresh. */
export function forgetRunnerData(auditId: string, respondentId: string): void {
  const key = keyOf(auditId, respondentId);
  settled.delete(key);
  preloaded.delete(key);
}

/** The preloaded read if there is one (once), else a fresh read. */
export function takeRunnerData(db: AuditDatabase, auditId: string, respondentId: string): Promise<RunnerData | null> {
  const key = keyOf(auditId, respondentId);
  const early = preloaded.get(key);
  preloaded.delete(key);
  settled.delete(key);
  return early ?? loadRunnerData(db, auditId, respondentId);
}
