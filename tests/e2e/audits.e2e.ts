import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { addRespondent, createAudit } from './support/app';

test('creates audits, finds them by search, archives one', async ({ page }) => {
  await createAudit(page, { locality: 'Riverside', lead: 'Riverside Police' });
  await createAudit(page, { locality: 'Trois-Rivières', lead: 'Ville de Trois-Rivières' });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Trois-Rivières', 'Riverside']);
  await page.getByLabel('Search audits').fill('trois rivieres');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Trois-Rivières']);
  await page.getByLabel('Search audits').fill('police');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Riverside']);
  await page.getByLabel('Search audits').fill('');
  await page.getByRole('group', { name: 'Actions for Riverside' }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Trois-Rivières']);
  await page.getByLabel('Show archived audits').check();
  await expect(page.getByRole('article', { name: 'Riverside' })).toContainText('Archived');
  await expectNoAxeViolations(page);
});

test('the new audit form says what is missing', async ({ page }) => {
  await page.goto('./#/audits/new');
  await page.getByRole('button', { name: 'Create the audit' }).click();
  await expect(page.getByText('Enter the locality.')).toBeVisible();
  await expect(page.getByLabel('Locality')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Locality').fill('X');
  await page.getByLabel('Lead organization').fill('Y');
  await page.getByLabel('Period covered: from').fill('2026-06-01');
  await page.getByLabel('Period covered: to').fill('2026-01-01');
  await page.getByRole('button', { name: 'Create the audit' }).click();
  await expect(page.getByText('The end of the period is before its start.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a trashed audit can be restored by undo or from the trash, and deleted for good', async ({ page }) => {
  await createAudit(page, { locality: 'Lakeside' });
  await page.goto('./');
  await page.getByRole('group', { name: 'Actions for Lakeside' }).getByRole('button', { name: 'Move to trash' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move this audit to the trash?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lakeside' })).toBeVisible();

  await page.getByRole('group', { name: 'Actions for Lakeside' }).getByRole('button', { name: 'Move to trash' }).click();
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('No audits yet.')).toBeVisible();
  // The focus stays in the list's place (here the search, the list being empty), not on the page.
  await expect(page.locator('input[type="search"]')).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lakeside' })).toBeVisible();

  await page.getByRole('group', { name: 'Actions for Lakeside' }).getByRole('button', { name: 'Move to trash' }).click();
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('link', { name: 'Trash (1)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Restore Lakeside' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to audits' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lakeside' })).toBeVisible();

  await page.getByRole('group', { name: 'Actions for Lakeside' }).getByRole('button', { name: 'Move to trash' }).click();
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await page.goto('./#/trash');
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeFocused();
  // The trash notice's Undo, still showing, says the audit is gone for good rather than nothing.
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(page.getByText('The audit of Lakeside was deleted for good since: it cannot be brought back.')).toBeVisible();
  await page.goto('./');
  await expect(page.getByText('No audits yet.')).toBeVisible();
});

test('a respondent code already used in the audit is refused where it is typed', async ({ page }) => {
  await createAudit(page, { locality: 'Codeville' });
  await addRespondent(page);
  await page.getByRole('link', { name: /Back to/ }).first().click();
  // A workshop group answers the community questionnaire unless told otherwise.
  await page.getByRole('radio', { name: 'Workshop group' }).check();
  await expect(page.getByLabel('Questionnaire')).toHaveValue('community-workshop');
  await page.getByRole('radio', { name: 'Partner interview' }).check();
  await page.getByLabel('Anonymous code').fill('int-01');
  await page.getByRole('button', { name: 'Add the respondent' }).click();
  const code = page.getByLabel('Anonymous code');
  await expect(code).toBeFocused();
  await expect(code).toHaveAccessibleDescription(/already has the code int-01/);
  await expect(page.getByText(/^Respondent INT-01$/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Nor can a code name a person: a name, an e-mail address, a phone number.
  for (const typed of ['John Smith', 'jane.doe@example.com', '613-555-1234']) {
    await code.fill(typed);
    await page.getByRole('button', { name: 'Add the respondent' }).click();
    await expect(code).toBeFocused();
    await expect(code).toHaveAccessibleDescription(/could name someone/);
  }
  await expect(page.getByText(/John Smith|jane\.doe/)).toHaveCount(0);
  await code.fill('INT-NORD');
  await page.getByRole('button', { name: 'Add the respondent' }).click();
  await expect(page.getByText(/^Respondent INT-NORD$/)).toBeVisible();
});
