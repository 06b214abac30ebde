import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { addRespondent, createAudit, fixturePath, importTemplate } from './support/app';

test('a bad template file is refused with messages naming what and where, and nothing changes', async ({ page }) => {
  await page.goto('./#/templates');
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire templates' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Template file (.json)').setInputFiles(fixturePath('bad-templates/duplicate-item-id.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cannot be used: 1 problem');
  await expect(alert).toContainText(/sections\[\d+\]\.items\[\d+\]\.id/);
  await expect(alert).toContainText('is already used');
  await expect(page.getByText('No template has been added on this device.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByLabel('Fichier du modèle (.json)').setInputFiles(fixturePath('bad-templates/malformed-json-missing-comma.json'));
  await expect(page.getByRole('alert')).toContainText('n’est pas du JSON valide');
});

test('markup in a label is shown as text, never run as HTML', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await importTemplate(page, 'templates/markup-in-label.json');
  await createAudit(page, { locality: 'Markupville', template: /Markup/ });
  await addRespondent(page);
  await expect(page.getByText('<img src=x onerror=', { exact: false }).first()).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
