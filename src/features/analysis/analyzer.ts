import { analyzeAudit, type AnalysisInput, type Findings } from '../../domain/runtime';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

/** The part of a Worker the analyzer uses (a fake one in tests). */
export interface AnalysisWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
}

export type Analyze = (input: AnalysisInput) => Promise<Findings>;

/**
 * Analyses audits in a worker, one worker kept for the session (an override recomputes at
 * once). Where no worker can run, or the worker fails, the analysis runs on the page
 * instead: slower for a large audit, but the findings always come.
 */
export function createAnalyzer(makeWorker: (() => AnalysisWorker) | undefined): Analyze {
  let worker: AnalysisWorker | undefined;
  let broken = makeWorker === undefined;
  let nextId = 0;
  const waiting = new Map<number, { input: AnalysisInput; resolve: (findings: Findings) => void; reject: (error: unknown) => void }>();
  const onThePage = (input: AnalysisInput) => new Promise<Findings>((resolve) => resolve(analyzeAudit(input)));

  const giveUp = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const [id, request] of waiting) {
      waiting.delete(id);
      onThePage(request.input).then(request.resolve, request.reject);
    }
  };

  const start = (make: () => AnalysisWorker): AnalysisWorker => {
    const created = make();
    created.onmessage = (event) => {
      const request = waiting.get(event.data.id);
      if (!request) return;
      waiting.delete(event.data.id);
      if ('findings' in event.data) request.resolve(event.data.findings);
      else onThePage(request.input).then(request.resolve, request.reject);
    };
    created.onerror = giveUp;
    return created;
  };

  return (input) => {
    if (broken || !makeWorker) return onThePage(input);
    try {
      worker ??= start(makeWorker);
    } catch {
      giveUp();
      return onThePage(input);
    }
    const id = nextId++;
    const current = worker;
    return new Promise<Findings>((resolve, reject) => {
      waiting.set(id, { input, resolve, reject });
      current.postMessage({ id, input });
    });
  };
}

const browserWorker = typeof Worker === 'undefined' ? undefined : () => new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' }) as AnalysisWorker;

/** The app's analyzer: a module worker in the browser. */
export const analyzeOffThePage: Analyze = createAnalyzer(browserWorker);
