import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Gzipped size of the JavaScript and CSS a page loads (what a server would send compressed). */
export function measureTransfer(page: Page): { done: () => Promise<number> } {
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  });
  return { done: async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
}
