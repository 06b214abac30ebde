import type { BrowserContext, Locator, Page } from '@playwright/test';
import { toId } from './convert-spec';

/** One step of the shared answer script (../shared/workload/answers.mjs). */
export interface Step {
  qid: string;
  type: string;
  section: number;
  value: unknown;
  labels?: string[];
  text?: string;
  cells?: { rowLabel: string; colLabel: string }[];
  addLabel?: string;
  entries?: Step[][];
}

export interface AppDriver {
  name: 'floor' | 'ours';
  /** Readies a fresh context (not timed) and returns the URL whose load is timed. */
  prepare(context: BrowserContext, size: number): Promise<string>;
  firstSelector(size: number): string;
  container(page: Page, qid: string, entry?: number): Locator;
  nextSection(page: Page): Promise<void>;
  addEntry(page: Page, label: string): Promise<void>;
  rating(container: Locator, value: number): Locator;
  matrixCell(container: Locator, row: string, column: string): Locator;
}

export function floorDriver(base: (size: number) => string): AppDriver {
  return {
    name: 'floor',
    async prepare(context, size) {
      const url = `${base(size)}index.html?mode=pages`;
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('[data-name="q1"] input').first().waitFor();
      await page.close();
      return url;
    },
    firstSelector: () => '[data-name="q1"] input',
    container: (page, qid, entry) => (entry === undefined ? page.locator(`[data-name="${qid}"]`) : page.locator('.entry').nth(entry).locator(`[data-name="${qid}"]`)),
    nextSection: (page) => page.getByRole('button', { name: 'Next', exact: true }).click(),
    addEntry: (page, label) => page.getByRole('button', { name: label, exact: true }).click(),
    rating: (c, value) => c.getByRole('radio', { name: String(value), exact: true }),
    matrixCell: (c, row, column) => c.getByRole('radio', { name: `${row}: ${column}`, exact: true }),
  };
}

export function ourDriver(base: string): AppDriver {
  return {
    name: 'ours',
    async prepare(context, size) {
      const page = await context.newPage();
      await page.goto(`${base}#/audits/new`);
      await page.locator(`input[value="templates/safety-audit-${size}.json"]`).check();
      await page.getByLabel('Locality').fill(`Bench ${size}`);
      await page.getByLabel('Lead organization').fill('Bench');
      await page.getByRole('button', { name: 'Create the audit' }).click();
      await page.getByRole('button', { name: 'Add the respondent' }).click();
      await page.locator('[data-name="q1"] input').first().waitFor();
      // A returning person's visit: the service worker has installed and serves the app.
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
      const url = page.url().replace(/\/respondents\/([^/]+).*$/, '/respondents/$1/s1');
      await page.close();
      return url;
    },
    firstSelector: () => '[data-name="q1"] input',
    container: (page, qid, entry) => (entry === undefined ? page.locator(`[data-name="${toId(qid)}"]`) : page.locator(`.entry.open [data-name="${toId(qid)}"]`)),
    nextSection: (page) => page.getByRole('button', { name: 'Next section', exact: true }).click(),
    addEntry: (page, label) => page.getByRole('button', { name: label, exact: true }).click(),
    rating: (c, value) => c.getByRole('radio', { name: new RegExp(`^${value}( –|$)`) }),
    matrixCell: (c, row, column) => c.getByRole('group', { name: row, exact: true }).getByRole('radio', { name: column, exact: true }),
  };
}
