import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testTempDir } from './support/test-temp-dir';
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
  // An audit file added here by mistake is recognised, and sent where it belongs.
  await page.getByLabel('Fichier du modèle (.json)').setInputFiles(fixturePath('example-audit.bundle.json'));
  await expect(page.getByRole('alert')).toContainText('Ceci est un fichier d’audit (ou une sauvegarde), pas un modèle de questionnaire');
});

test('markup in a label is shown as text, never run as HTML', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await importTemplate(page, 'templates/markup-in-label.json');
  // The same file again changes nothing, and says so.
  await page.getByLabel('Template file (.json)').setInputFiles(fixturePath('templates/markup-in-label.json'));
  await expect(page.getByRole('status').filter({ hasText: 'is already on this device' })).toBeVisible();
  await createAudit(page, { locality: 'Markupville', template: /Markup/ });
  await addRespondent(page);
  await expect(page.getByText('<img src=x onerror=', { exact: false }).first()).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a file reusing a shipped template’s id and version with other content is refused, and the shipped one stays', async ({ page }) => {
  const rapid = JSON.parse(readFileSync('audit-templates/rapid-scan.json', 'utf8')) as { title: Record<string, string> };
  rapid.title = { ...rapid.title, en: `${rapid.title.en} (mine)` };
  const file = join(testTempDir('lsa-shadow-'), 'rapid-scan.json');
  writeFileSync(file, JSON.stringify(rapid));
  await page.goto('./#/templates');
  await page.getByLabel('Template file (.json)').setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('A different template with the id “rapid-scan” and version');
  await expect(page.getByText('No template has been added on this device.')).toBeVisible();
  // The shipped file itself is the same template: nothing to add, nothing listed twice.
  await page.getByLabel('Template file (.json)').setInputFiles('audit-templates/rapid-scan.json');
  await expect(page.getByText(/version 1\.0\.0 comes with the app: there is nothing to add/)).toBeVisible();
  await expect(page.getByText('No template has been added on this device.')).toBeVisible();
  // An audit file brings its templates along; the shipped ones are not listed as added.
  await page.goto('./');
  await page.getByRole('button', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Analysis – Riverbend/ })).toBeVisible({ timeout: 20_000 });
  await page.goto('./#/templates');
  await expect(page.getByText('No template has been added on this device.')).toBeVisible();
});
