// Bundled by analysis-worker-bench.ts and run twice: on a page, which builds the large
// audit and posts it to a worker the way the analysis screen posts an audit (a structured
// clone, so the worker meets fresh strings and maps, as after a read from IndexedDB); and
// in that worker, which times analyzeAudit where the app runs it.
import { analyzeAudit, type AnalysisInput } from '../src/domain';
import { largeAudit } from './large-audit';
import { timeRuns } from './time-runs';

interface Request {
  input: AnalysisInput;
  runs: number;
  warmup: number;
}

/** What the page offers as window.lsaAnalysisBench: the times of `runs` analyses in a worker made from `code`. */
export type Bench = (json: Record<string, unknown>, code: string, runs: number, warmup: number) => Promise<number[]>;

function timeInWorker({ input, runs, warmup }: Request): number[] {
  return timeRuns(() => analyzeAudit(input), runs, warmup);
}

if (typeof document === 'undefined') {
  const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(times: number[]): void };
  scope.onmessage = (event) => scope.postMessage(timeInWorker(event.data));
} else {
  const bench: Bench = (json, code, runs, warmup) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      worker.onmessage = (event: MessageEvent<number[]>) => {
        worker.terminate();
        resolve(event.data);
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ input: largeAudit(json), runs, warmup } satisfies Request);
    });
  (window as unknown as { lsaAnalysisBench: Bench }).lsaAnalysisBench = bench;
}
