import type { Page } from '@playwright/test';
import type { AppDriver, Step } from './drivers';

async function answerStep(page: Page, driver: AppDriver, step: Step, entry?: number): Promise<void> {
  const c = driver.container(page, step.qid, entry);
  switch (step.type) {
    case 'single':
      await c.getByRole('radio', { name: step.labels?.[0], exact: true }).check();
      break;
    case 'multi':
      for (const label of step.labels ?? []) await c.getByRole('checkbox', { name: label, exact: true }).check();
      break;
    case 'text':
    case 'number':
      await c.locator('input').first().fill(step.text ?? '');
      break;
    case 'rating':
      await driver.rating(c, Number(step.value)).check();
      break;
    case 'matrix':
      for (const cell of step.cells ?? []) await driver.matrixCell(c, cell.rowLabel, cell.colLabel).check();
      break;
    default:
      throw new Error(`no driver for ${step.type}`);
  }
}

/** Plays the shared answer script at a steady pace (a short pause between answers, as a person would). */
export async function playScript(page: Page, driver: AppDriver, steps: readonly Step[], pauseMs = 30): Promise<void> {
  let section = 0;
  for (const step of steps) {
    while (section < step.section) {
      await driver.nextSection(page);
      section++;
    }
    if (step.type === 'list') {
      for (const [e, fields] of (step.entries ?? []).entries()) {
        await driver.addEntry(page, step.addLabel ?? 'Add');
        for (const field of fields) await answerStep(page, driver, field, e);
      }
      continue;
    }
    await answerStep(page, driver, step);
    await page.waitForTimeout(pauseMs);
  }
}
