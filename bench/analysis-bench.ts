// Times analyzeAudit on a large audit: the shipped full diagnostic repeated to 1,200 items
// items (analysis tags, registers and option sources included, which a generated workload
// lacks), answered by 100 respondents, 10 of them workshop groups answering with tallies.
// Run: npx tsx bench/analysis-bench.ts   Prints: analysis-1200x100-ms <median>
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeAudit, type AnalysisInput } from '../src/domain';
import { largeAudit } from './large-audit';
import { timeRuns } from './time-runs';
import { median } from './stats';

export interface AnalysisBenchResult {
  items: number;
  respondents: number;
  runsMs: number[];
  medianMs: number;
}

/** The shipped diagnostic's JSON, which the large audit repeats (the browser bench posts it to its page). */
export function shippedDiagnosticJson(): Record<string, unknown> {
  const path = fileURLToPath(new URL('../audit-templates/local-diagnostic-trafficking.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Builds the audit: about `targetItems` items, `respondents` respondents, fixed seed (large-audit.ts). */
export function buildLargeAudit(targetItems = 1200, respondents = 100): AnalysisInput & { items: number } {
  return largeAudit(shippedDiagnosticJson(), targetItems, respondents);
}

/** Median time of `runs` analyses after `warmup` untimed ones. bench/run.ts can call this. */
export function benchAnalysis({ targetItems = 1200, respondents = 100, runs = 9, warmup = 3 } = {}): AnalysisBenchResult {
  const input = buildLargeAudit(targetItems, respondents);
  const runsMs = timeRuns(() => analyzeAudit(input), runs, warmup);
  return { items: input.items, respondents, runsMs, medianMs: median(runsMs) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = benchAnalysis();
  console.log(`items ${result.items}, respondents ${result.respondents}, runs ${result.runsMs.join(' ')}`);
  console.log(`analysis-1200x100-ms ${result.medianMs}`);
}
