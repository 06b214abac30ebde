import type { Page } from '@playwright/test';

// Plain JavaScript text: tsx would wrap a TypeScript function with helpers the page lacks.
const ADD_AND_TIME = `async ({ addLabel, count, report }) => {
  const button = () => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === addLabel);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const times = {};
  for (let n = 1; n <= count; n++) {
    const target = button();
    if (!target) throw new Error('no button ' + addLabel);
    const t0 = performance.now();
    target.click();
    await nextFrame();
    if (report.includes(n)) times[n] = performance.now() - t0;
  }
  return times;
}`;

/**
 * Adds entries to a repeating list by clicking its add button in the page, timing each
 * click to the frame after it; returns the times of the entries asked for (1-based).
 */
export async function timeListAdds(page: Page, addLabel: string, count: number, report: number[]): Promise<Record<number, number>> {
  return page.evaluate(`(${ADD_AND_TIME})(${JSON.stringify({ addLabel, count, report })})`) as Promise<Record<number, number>>;
}
