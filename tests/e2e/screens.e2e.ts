import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { addRespondent, createAudit, importTemplate } from './support/app';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
];
const shots = '.test-results/screens';
mkdirSync(shots, { recursive: true });

async function check(page: Page, size: string, name: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/${size}-${name}.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  // Nor does a table on these screens scroll sideways inside its box.
  const sideways = await page.evaluate(() => [...document.querySelectorAll('.table-scroll')].filter((e) => e.scrollWidth > e.clientWidth + 1).length);
  expect(sideways, `a table of ${name} scrolls sideways`).toBe(0);
}

for (const size of SIZES) {
  test(`every screen passes axe and fits a ${size.name} in English and French`, async ({ page }) => {
    await page.setViewportSize(size);
    await importTemplate(page, 'templates/all-types.json');
    await check(page, size.name, 'templates');
    await createAudit(page, { locality: 'Riverside', template: /Every item type/ });
    await check(page, size.name, 'overview');
    const overview = page.url();
    await addRespondent(page);
    await check(page, size.name, 'runner-intro');
    await page.getByRole('link', { name: /Groups/ }).click();
    await page.getByRole('checkbox', { name: 'Temporary foreign workers' }).check();
    await check(page, size.name, 'runner-groups');
    await page.getByRole('link', { name: /Partners/ }).click();
    await page.getByRole('button', { name: 'Add a partner' }).click();
    await check(page, size.name, 'runner-partners');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
    await check(page, size.name, 'runner-partners-fr');
    await page.goto(overview);
    await check(page, size.name, 'overview-fr');
    await page.goto('./');
    await check(page, size.name, 'audits-fr');
    await page.goto('./#/audits/new');
    await check(page, size.name, 'new-audit-fr');
    await page.goto('./#/trash');
    await check(page, size.name, 'trash-fr');
    await page.goto('./#/settings');
    await check(page, size.name, 'settings-fr');
    await page.getByRole('button', { name: 'English' }).first().click();
    await check(page, size.name, 'settings');
    await page.goto('./#/nowhere');
    await check(page, size.name, 'not-found-fr');
  });
}
