import type { DatabaseSource } from './database-source';
import { loadRunnerData, type RunnerData } from './repositories/runner-data';

// No React and no database library here: a deep link starts a read before the app's code
// has even loaded (main.ts, with first-read.ts), and the questionnaire screen takes it.
const preloaded = new Map<string, Promise<RunnerData | null | undefined>>();
const settled = new Map<string, RunnerData | null>();
const keyOf = (auditId: string, respondentId: string) => `${auditId}/${respondentId}`;

/** Keeps an early read of a questionnaire's data (undefined from it: read the usual way). */
export function preloadRunnerData(auditId: string, respondentId: string, read: Promise<RunnerData | null | undefined>): void {
  const key = keyOf(auditId, respondentId);
  preloaded.set(key, read);
  void read.then(
    (data) => {
      if (data !== undefined && preloaded.get(key) === read) settled.set(key, data);
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

/** The preloaded read if there is one (once, and if it could read), else a fresh read. */
export async function takeRunnerData(source: DatabaseSource, auditId: string, respondentId: string): Promise<RunnerData | null> {
  const key = keyOf(auditId, respondentId);
  const early = preloaded.get(key);
  forgetRunnerData(auditId, respondentId);
  const data = early ? await early.catch(() => undefined) : undefined;
  return data === undefined ? loadRunnerData(await source.get(), auditId, respondentId) : data;
}
