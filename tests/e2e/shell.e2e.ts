import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('opens the built app and switches language', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Local Safety Audit' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Audits' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Audit local de sécurité' })).toBeVisible();
  await expect(page.getByText('Chaque audit est un diagnostic local')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', './manifest-fr.webmanifest');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Audit local de sécurité' })).toBeVisible();
});
