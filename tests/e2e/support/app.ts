import { expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const fixturePath = (relative: string) => fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));

/** Adds a template from a fixture file through the Templates screen. */
export async function importTemplate(page: Page, relative: string): Promise<void> {
  await page.goto('./#/templates');
  await page.getByLabel('Template file (.json)').setInputFiles(fixturePath(relative));
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
}

export interface NewAuditOptions {
  locality: string;
  lead?: string;
  template?: string | RegExp;
}

/** Creates an audit through the form and waits for its overview. */
export async function createAudit(page: Page, { locality, lead = 'City services', template }: NewAuditOptions): Promise<string> {
  await page.goto('./#/audits/new');
  if (template) await page.getByRole('radio', { name: template }).check();
  await page.getByLabel('Locality').fill(locality);
  await page.getByLabel('Lead organization').fill(lead);
  await page.getByRole('button', { name: 'Create the audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: locality })).toBeVisible();
  return page.url();
}

/** Adds a respondent from the overview and waits for its first section. */
export async function addRespondent(page: Page, type = 'Partner interview'): Promise<string> {
  await page.getByRole('radio', { name: type }).check();
  await page.getByRole('button', { name: 'Add the respondent' }).click();
  await expect(page.getByText(/^Respondent [A-Z]+-\d\d$/)).toBeVisible();
  return page.url();
}

/** Waits until every change on screen is in IndexedDB. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveText(/All changes saved|Toutes les modifications sont enregistrées/);
}
