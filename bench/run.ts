// `npm run bench`: measures this app beside the floor app of ../shared/workload in
// headless Debian Chromium, alternating the two, and writes bench/results.json.
// Options: --rounds N (default 5), --skip-build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { parseTemplate } from '../src/domain';
import { playScript } from './answer-script';
import { convertSpec, type Spec } from './convert-spec';
import { floorDriver, ourDriver, type AppDriver, type Step } from './drivers';
import { instrumentation, loadUntilUsable, type PageRecord } from './in-page';
import { timeListAdds } from './list-cost';
import { precacheSize, pwaRound } from './pwa-metrics';
import { benchAnalysis } from './analysis-bench';
import { analysisBrowserRound } from './analysis-browser';
import { analysisWorkerRound } from './analysis-worker-bench';
import { pdfBrowserRound } from './pdf-browser';
import { benchPdf } from './pdf-bench';
import { Results } from './results';
import { serveStatic } from './static-server';
import { answerLatencies } from './stats';
import { measureTransfer } from './transfer';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] || 5) || 5;
const workload = resolve(process.env.BENCH_WORKLOAD_DIR ?? '../shared/workload');
const out = resolve('bench/out');
const SIZES = [300, 1200] as const;

async function loadWorkload() {
  const { generateSpec } = (await import(join(workload, 'workload.mjs'))) as { generateSpec: (o: { questions: number }) => Spec };
  const { buildAnswers } = (await import(join(workload, 'answers.mjs'))) as { buildAnswers: (s: Spec) => Step[] };
  mkdirSync(join(out, 'templates'), { recursive: true });
  const specs = new Map<number, Spec>();
  for (const size of SIZES) {
    const spec = generateSpec({ questions: size });
    const template = convertSpec(spec);
    const parsed = parseTemplate(template);
    if (!parsed.ok) throw new Error(`converted ${size} template is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    writeFileSync(join(out, 'templates', `safety-audit-${size}.json`), JSON.stringify(template));
    specs.set(size, spec);
  }
  return { specs, steps: buildAnswers(specs.get(300) as Spec) };
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function oneRound(browser: Browser, driver: AppDriver, size: number, steps: Step[], results: Results) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const url = await driver.prepare(context, size);
  await context.addInitScript(instrumentation(driver.firstSelector(size)));
  // What the questionnaire loads is read on a visit of its own: reading response bodies
  // while the timed load runs would slow the app with more files more.
  const sizing = await context.newPage();
  const transfer = measureTransfer(sizing);
  await sizing.goto(url);
  await sizing.locator(driver.firstSelector(size)).first().waitFor({ timeout: 60_000 });
  await sizing.waitForLoadState('networkidle');
  results.add(`transfer-${size}`, driver.name, (await transfer.done()) / 1024);
  await sizing.close();
  const page = await context.newPage();
  const first = await loadUntilUsable(page, () => page.goto(url));
  results.add(`load-${size}`, driver.name, first);
  if (size === 300) {
    const start = await page.evaluate(() => performance.now());
    await playScript(page, driver, steps);
    await page.waitForTimeout(600);
    const record = await page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
    const { frame, commit } = answerLatencies({ ...record, inputs: record.inputs.filter((t) => t >= start) });
    results.addAll('answer-frame', driver.name, frame);
    results.addAll('answer-commit', driver.name, commit);
    const long = record.longtasks.filter(([t]) => t >= start);
    results.add('longtask-count', driver.name, long.length);
    results.add('longtask-max', driver.name, Math.max(0, ...long.map(([, d]) => d)));
    results.add('heap-mb', driver.name, (await heapUsed(page)) / 1024 / 1024);
  }
  await context.close();
}

async function listRound(browser: Browser, driver: AppDriver, results: Results) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const url = await driver.prepare(context, 300);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(driver.firstSelector(300)).first().waitFor();
  await driver.nextSection(page);
  await page.getByRole('button', { name: 'Add partner', exact: true }).waitFor();
  const times = await timeListAdds(page, 'Add partner', 200, [10, 200]);
  results.add('list-entry-10', driver.name, times[10] ?? Number.NaN);
  results.add('list-entry-200', driver.name, times[200] ?? Number.NaN);
  await context.close();
}

async function main() {
  const { steps } = await loadWorkload();
  if (!args.includes('--skip-build')) {
    execFileSync('npx', ['vite', 'build', '--outDir', join(out, 'app'), '--emptyOutDir'], { stdio: 'inherit', env: { ...process.env, LSA_TEMPLATES_DIR: join(out, 'templates') } });
    execFileSync('npx', ['vite', 'build', '--outDir', join(out, 'app-shipped'), '--emptyOutDir'], { stdio: 'inherit' });
  }
  const servers = [
    await serveStatic(join(workload, 'floor-300'), 4301),
    await serveStatic(join(workload, 'floor-1200'), 4302),
    await serveStatic(join(out, 'app'), 4303),
    await serveStatic(join(out, 'app-shipped'), 4304),
  ];
  const floor = floorDriver((size) => `http://127.0.0.1:${size === 300 ? 4301 : 4302}/`);
  const ours = ourDriver('http://127.0.0.1:4303/');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = new Results();
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [floor, ours] : [ours, floor];
      for (const size of SIZES) for (const driver of order) await oneRound(browser, driver, size, steps, results);
      for (const driver of order) await listRound(browser, driver, results);
      await pwaRound(browser, 'http://127.0.0.1:4304/', results);
      await pdfBrowserRound(browser, 'http://127.0.0.1:4304/', results);
      await analysisBrowserRound(browser, 'http://127.0.0.1:4304/', results);
      await analysisWorkerRound(browser, results);
      console.error(`round ${round + 1}/${rounds} done`);
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  // Node figures (analysis of a large audit, the printed plan of a full audit): medians of their own runs.
  const analysis = benchAnalysis();
  for (const ms of analysis.runsMs) results.add('analysis-1200x100', 'ours', ms);
  const pdf = await benchPdf();
  for (const ms of pdf.runsMs) results.add('pdf-node', 'ours', ms);
  const precache = precacheSize(join(out, 'app-shipped'));
  const report = results.report({ rounds, cpus: cpus().length, chromium: browser.version(), precache });
  console.log(`precache: ${precache.files} files, ${precache.rawKb.toFixed(0)} kB (${precache.gzipKb.toFixed(0)} kB gzip)`);
  writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  results.print();
}

await main();
