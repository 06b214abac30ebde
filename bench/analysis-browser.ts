import type { Browser } from '@playwright/test';
import { synthesiseBundle } from '../tests/fixtures/report/synthesise-bundle';
import { LONG_TASKS_FROM_NOW, LONG_TASKS_SO_FAR } from './in-page';
import type { Results } from './results';

/** A large audit on the shipped diagnostic: 100 respondents (90 interviews, 4 desk reviews, 6 workshop groups), about 12,600 answers. */
const bundle = (() => {
  const raw = synthesiseBundle({ seed: 11, locality: 'Bench town', interviews: 90, deskReviews: 4, workshops: 6 });
  return Buffer.from(JSON.stringify(raw));
})();

/**
 * The analysis screen of a large audit opened from a file: time from following the link to
 * the ranked gaps on screen, and the longest task on the page meanwhile (the analysis runs
 * in a worker; what is left on the page is drawing the screen).
 */
export async function analysisBrowserRound(browser: Browser, base: string, results: Results): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await page.getByLabel('Open an audit file').setInputFiles({ name: 'bench-town.json', mimeType: 'application/json', buffer: bundle });
  await page.getByRole('heading', { level: 1, name: /Bench town/ }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const started = (await page.evaluate(LONG_TASKS_FROM_NOW)) as number;
  await page.getByRole('link', { name: /analysis/i }).first().click();
  await page.getByRole('heading', { name: 'Gaps, ranked by priority' }).waitFor({ timeout: 60_000 });
  const [ended, tasks] = (await page.evaluate(LONG_TASKS_SO_FAR)) as [number, [number, number][]];
  results.add('analysis-browser-ms', 'ours', ended - started);
  results.add('analysis-browser-longest-task', 'ours', Math.max(0, ...tasks.map(([, d]) => d)));
  await context.close();
}
