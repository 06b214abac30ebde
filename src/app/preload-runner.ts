import { preloadRunnerData } from '../storage/runner-preload';
import { database } from './database';

export function preloadRunner(auditId: string, respondentId: string): void {
  preloadRunnerData(database, auditId, respondentId);
}
