import type { Browser } from '@playwright/test';
import { LONG_TASKS_FROM_NOW, LONG_TASKS_SO_FAR } from './in-page';
import type { Results } from './results';

/**
 * The printed plan of the example audit made in the browser: time to download, and the
 * longest task on the page meanwhile (the worker must keep the page responsive).
 */
export async function pdfBrowserRound(browser: Browser, base: string, results: Results): Promise<void> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: 'Explore an example' }).click();
  await page.getByRole('link', { name: 'Draft the action plan' }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Make the PDF' }).waitFor();
  const started = (await page.evaluate(LONG_TASKS_FROM_NOW)) as number;
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Make the PDF' }).click();
  await download;
  const [ended, tasks] = (await page.evaluate(LONG_TASKS_SO_FAR)) as [number, [number, number][]];
  results.add('pdf-browser-ms', 'ours', ended - started);
  results.add('pdf-browser-longest-task', 'ours', Math.max(0, ...tasks.map(([, d]) => d)));
  await context.close();
}
