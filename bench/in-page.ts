// Instrumentation injected before any page script, identical for both apps: input events
// and the frame after each, IndexedDB read-write commits, long tasks, and when the first
// question appears.

import type { Page } from '@playwright/test';

export interface PageRecord {
  inputs: number[];
  frames: [number, number][];
  commits: [number, number][];
  longtasks: [number, number][];
  firstUsable: number | null;
}

/** What the page logs once its first question is usable (see loadUntilUsable). */
export const FIRST_USABLE_SIGNAL = 'lsa-bench:first-usable';

/**
 * Navigates (or reloads) and resolves with the time the first question became usable. It
 * listens for the page's console signal instead of polling with waitForFunction: that one
 * injects Playwright's own script into the page, and evaluating it (8 to 13 ms on this
 * machine) landed in the middle of any load that ends after the load event.
 */
export async function loadUntilUsable(page: Page, go: () => Promise<unknown>): Promise<number> {
  const signalled = page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_USABLE_SIGNAL, timeout: 60_000 });
  await go();
  await signalled;
  return page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench.firstUsable as number);
}

export function instrumentation(firstSelector: string): string {
  return `(() => {
  const bench = { inputs: [], frames: [], commits: [], longtasks: [], firstUsable: null };
  window.__bench = bench;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      const started = performance.now();
      tx.addEventListener('complete', () => bench.commits.push([started, performance.now()]));
    }
    return tx;
  };
  document.addEventListener('input', (event) => {
    const t0 = event.timeStamp;
    bench.inputs.push(t0);
    requestAnimationFrame(() => setTimeout(() => bench.frames.push([t0, performance.now()]), 0));
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const selector = ${JSON.stringify(firstSelector)};
  const check = () => {
    if (bench.firstUsable === null && document.querySelector(selector)) {
      bench.firstUsable = performance.now();
      console.debug(${JSON.stringify(FIRST_USABLE_SIGNAL)});
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;
}

/** Starts recording long tasks on a page already loaded; evaluates to the time it started. */
export const LONG_TASKS_FROM_NOW = `(() => {
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  return performance.now();
})()`;

/** The time now and the long tasks recorded since LONG_TASKS_FROM_NOW: [now, [[start, duration], ...]]. */
export const LONG_TASKS_SO_FAR = '[performance.now(), window.__longtasks]';
