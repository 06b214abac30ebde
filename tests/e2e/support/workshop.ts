import { expect, type Page } from '@playwright/test';
import { createAudit } from './app';

/** Creates an audit, opens its workshop sessions and starts one with the community workshop questionnaire. */
export async function startWorkshop(page: Page, { locality = 'Riverside', people = 12 }: { locality?: string; people?: number } = {}): Promise<string> {
  await createAudit(page, { locality });
  await page.getByRole('link', { name: 'Workshop sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop sessions' })).toBeVisible();
  await page.getByLabel('People present').fill(String(people));
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before we start' })).toBeVisible();
  return page.url();
}

/** On the presenter's first slide: ticks that the group agreed to go ahead, and waits for it to be stored. */
export async function recordConsent(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /group agreed to go ahead/ }).check();
  await expect(page.locator('.ws-save')).toHaveText('Saved on this device');
}

/** Presses Tab until the focused element has this accessible name (keyboard only, like a person would). */
export async function tabTo(page: Page, name: string | RegExp, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      if (labelled) return labelled;
      const id = el.id;
      const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent : null;
      return (label ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** Moves forward with the → key until the question on screen is this one. */
export async function nextUntil(page: Page, question: string | RegExp, limit = 40): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < limit; i++) {
    const text = (await heading.textContent()) ?? '';
    if (typeof question === 'string' ? text === question : question.test(text)) return;
    await page.keyboard.press('ArrowRight');
    await expect(heading).not.toHaveText(text);
  }
  throw new Error(`Never reached ${String(question)}`);
}
