import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { instrumentation, loadUntilUsable } from './in-page';
import type { Results } from './results';
import { measureTransfer } from './transfer';

/** Size of everything the service worker precaches (what a first visit stores for offline use). */
export function precacheSize(appDir: string): { files: number; rawKb: number; gzipKb: number } {
  const sw = readFileSync(join(appDir, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string))];
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const file = join(appDir, url);
    raw += statSync(file).size;
    gzip += gzipSync(readFileSync(file)).length;
  }
  return { files: urls.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

/** First screen (the audits list): JS+CSS it loads, and a warm reload with no network. */
export async function pwaRound(browser: Browser, base: string, results: Results): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfer = measureTransfer(page);
  await page.goto(base);
  await page.getByRole('heading', { level: 1, name: 'Audits' }).waitFor();
  await page.waitForLoadState('networkidle');
  results.add('first-screen-kb', 'ours', (await transfer.done()) / 1024);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await context.setOffline(true);
  await context.addInitScript(instrumentation('main h1'));
  for (let i = 0; i < 3; i++) {
    results.add('offline-reload', 'ours', await loadUntilUsable(page, () => page.reload()));
  }
  await context.close();
}
