// The analysis of an audit runs here, off the main thread: a large audit (1,200 items, a
// hundred respondents) takes about 0.2 s here (npm run bench), during which the page stays free.
import { analyzeAudit } from '../../domain/runtime';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

/** The part of DedicatedWorkerGlobalScope used here (the app's TypeScript lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    scope.postMessage({ id, findings: analyzeAudit(input) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
