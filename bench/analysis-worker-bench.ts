import type { Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { shippedDiagnosticJson } from './analysis-bench';
import type { Bench } from './analysis-worker-page';
import type { Results } from './results';

/** analysis-worker-page.ts as one classic script, for the page and for its worker. */
async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: fileURLToPath(new URL('./analysis-worker-page.ts', import.meta.url)), formats: ['iife'], name: 'lsaAnalysisBenchPage', fileName: () => 'bench.js' },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the analysis bench did not bundle');
  return chunk.code;
}

let code: Promise<string> | undefined;

/**
 * The analysis of the large audit (large-audit.ts) in Chromium, in a Web Worker as the
 * analysis screen runs it, its input posted to the worker as the screen posts an audit.
 * Adds each timed run to `analysis-1200x100-browser`.
 */
export async function analysisWorkerRound(browser: Browser, results: Results, runs = 5, warmup = 3): Promise<void> {
  code ??= bundle();
  const script = await code;
  const json = shippedDiagnosticJson();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // A page of its own origin (workers need one); nothing goes to the network.
    await page.route('http://analysis.bench.invalid/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>analysis bench</title>' }));
    await page.goto('http://analysis.bench.invalid/');
    await page.addScriptTag({ content: script });
    const times = await page.evaluate(([j, c, r, w]) => (window as unknown as { lsaAnalysisBench: Bench }).lsaAnalysisBench(j, c, r, w), [json, script, runs, warmup] as const);
    for (const ms of times) results.add('analysis-1200x100-browser', 'ours', ms);
  } finally {
    await context.close();
  }
}
