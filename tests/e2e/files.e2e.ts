import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { addRespondent, createAudit, expectSaved, fixturePath, importTemplate } from './support/app';
import { setDeviceFull, setSlowWrites, writeSwitches } from './support/device';
import { testTempDir } from './support/test-temp-dir';

/** An audit of Lakeview with one answered respondent; ends on its overview. */
async function lakeviewOverview(page: Page): Promise<void> {
  await importTemplate(page, 'templates/all-types.json');
  await createAudit(page, { locality: 'Lakeview', template: /Every item type/ });
  const runner = await addRespondent(page);
  await page.getByLabel('Your role').fill('Outreach lead');
  await expectSaved(page);
  await page.goto(runner.replace(/\/respondents\/.*$/, ''));
}

/** Lakeview exported as a plain file (lakeviewOverview, then "Export this audit"); resolves with the file's path. */
async function exportedLakeview(page: Page): Promise<string> {
  await lakeviewOverview(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this audit' }).click();
  const file = await download;
  const path = join(testTempDir('lsa-file-'), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Opens an audit file from the audits screen, as a person would. */
async function openAuditFile(page: Page, path: string): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Open an audit file').setInputFiles(path);
}

/** Another device: a browser context of its own (its own storage), with one page. */
async function otherDevice(browser: Browser): Promise<{ device: BrowserContext; page: Page }> {
  const device = await browser.newContext();
  return { device, page: await device.newPage() };
}

test('an exported audit opens on another device with its answers, and merges on a second import', async ({ page, browser }) => {
  await lakeviewOverview(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this audit' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-lakeview-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(testTempDir('lsa-export-'), file.suggestedFilename());
  await file.saveAs(path);

  const { device, page: other } = await otherDevice(browser);
  await openAuditFile(other, path);
  await expect(other.getByRole('heading', { level: 1, name: 'Lakeview' })).toBeVisible();
  await expect(other.getByText(/Opened Lakeview: 1 respondent added, \d+ answers? added, 0 updated,? and 0 kept because/)).toBeVisible();
  await other.getByRole('link', { name: /Continue INT-01/ }).click();
  await expect(other.getByLabel('Your role')).toHaveValue('Outreach lead');

  await openAuditFile(other, path);
  await expect(other.getByRole('alertdialog')).toContainText('This audit is already on this device');
  // The question takes the focus, so it is in view and read out.
  await expect(other.getByRole('alertdialog')).toBeFocused();
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Merge' }).click();
  await expect(other.getByText(/0 answers added, 0 updated/)).toBeVisible();
  await device.close();
});

test('a questionnaire open in another tab shows what a merged file changed, without a reload', async ({ page, browser }) => {
  const first = await exportedLakeview(page);
  const { device, page: open } = await otherDevice(browser);
  await openAuditFile(open, first);
  await open.getByRole('link', { name: /Continue INT-01/ }).click();
  await expect(open.getByLabel('Your role')).toHaveValue('Outreach lead');
  // The first device changes the answer and exports again; this device merges it in another tab.
  await page.getByRole('link', { name: /(Start|Continue) INT-01/ }).click();
  await page.getByLabel('Your role').fill('Changed on the other device');
  await expectSaved(page);
  await page.goto(page.url().replace(/\/respondents\/.*$/, ''));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this audit' }).click();
  const second = join(testTempDir('lsa-file-'), (await download).suggestedFilename());
  await (await download).saveAs(second);
  const files = await device.newPage();
  await openAuditFile(files, second);
  await files.getByRole('button', { name: 'Merge' }).click();
  await expect(files.getByText(/1 updated/)).toBeVisible();
  await expect(open.getByLabel('Your role')).toHaveValue('Changed on the other device');
  await device.close();
});

test('a merge that removes a respondent removed on the other device says so', async ({ page, browser }) => {
  const path = await exportedLakeview(page);
  const { device, page: other } = await otherDevice(browser);
  await openAuditFile(other, path);
  await expect(other.getByRole('heading', { level: 1, name: 'Lakeview' })).toBeVisible();
  await other.getByRole('button', { name: 'Remove INT-01' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(other.getByText('Respondent INT-01 was removed.')).toBeVisible();
  const download = other.waitForEvent('download');
  await other.getByRole('button', { name: 'Export this audit' }).click();
  const back = join(testTempDir('lsa-removed-'), (await download).suggestedFilename());
  await (await download).saveAs(back);
  await device.close();

  await openAuditFile(page, back);
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(/and respondent INT-01 removed with its answers, as it was on the other device\./)).toBeVisible();
});

test('a damaged audit file is refused with messages and nothing is stored', async ({ page }) => {
  const dir = testTempDir('lsa-bad-');
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ type: 'local-safety-audit-bundle', formatVersion: 1, audit: { id: 'x' } }));
  await openAuditFile(page, bad);
  await expect(page.getByRole('alert')).toContainText('cannot be opened');
  await expect(page.getByRole('alert')).toContainText('audit.locality');
  await expect(page.getByRole('alert')).toBeFocused();
  // The problems follow a change of language, like the rest of the page.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('alert')).toContainText('ne peut pas être ouvert');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Open an audit file').setInputFiles(fixturePath('templates/all-types.json'));
  await expect(page.getByRole('alert')).toContainText('This is a questionnaire template, not an audit file: add it on the Templates screen');
  await expect(page.getByText('No audits yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // A well-formed file whose answer no questionnaire could have stored ('lots' of staff).
  const example = JSON.parse(readFileSync(fixturePath('example-audit.bundle.json'), 'utf8')) as { answers: { answer: { value?: unknown } }[] };
  const numeric = example.answers.findIndex((a) => typeof a.answer.value === 'number');
  (example.answers[numeric] as { answer: { value?: unknown } }).answer.value = 'lots';
  const lots = join(dir, 'lots.json');
  writeFileSync(lots, JSON.stringify(example));
  await page.getByLabel('Open an audit file').setInputFiles(lots);
  await expect(page.getByRole('alert')).toContainText(`answers[${numeric}].answer.value`);
  await expect(page.getByRole('alert')).toContainText('must be a number');
  await expect(page.getByText('No audits yet.')).toBeVisible();
});

test('an audit exported with a passphrase opens on another device only with that passphrase, in French too', async ({ page, browser }) => {
  await lakeviewOverview(page);
  await page.getByLabel('Protect the file with a passphrase').check();
  await page.getByLabel('Passphrase', { exact: true }).fill('too short');
  await page.getByLabel('The same passphrase again').fill('too short');
  await page.getByRole('button', { name: 'Export this audit' }).click();
  await expect(page.getByRole('alert')).toHaveText('The passphrase needs at least 10 characters.');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.getByLabel('Passphrase', { exact: true }).fill('lantern river quietly');
  await page.getByLabel('The same passphrase again').fill('lantern river quiet');
  await page.getByRole('button', { name: 'Export this audit' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two passphrases differ.');
  await expectNoAxeViolations(page);
  await page.getByLabel('The same passphrase again').fill('lantern river quietly');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this audit' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-lakeview-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'saved, encrypted' })).toBeVisible();
  const path = join(testTempDir('lsa-sealed-'), file.suggestedFilename());
  await file.saveAs(path);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('local-safety-audit-sealed');
  expect(text).not.toContain('Lakeview');
  expect(text).not.toContain('Outreach lead');

  const device = await browser.newContext();
  const other = await device.newPage();
  await other.goto('./');
  await other.getByRole('button', { name: 'Français' }).click();
  await other.getByLabel('Ouvrir un fichier d’audit').setInputFiles(path);
  await expect(other.getByText(`« ${file.suggestedFilename()} » est protégé par une phrase de passe.`)).toBeVisible();
  await expect(other.getByLabel('Phrase de passe', { exact: true })).toBeFocused();
  await other.getByLabel('Phrase de passe', { exact: true }).fill('lantern river');
  await other.getByRole('button', { name: 'Ouvrir le fichier' }).click();
  await expect(other.getByRole('alert')).toContainText('Cette phrase de passe n’ouvre pas');
  await expectNoAxeViolations(other);
  await expect(other.getByText(/Aucun audit pour l’instant/)).toBeVisible();
  await other.getByLabel('Phrase de passe', { exact: true }).fill('lantern river quietly');
  await other.getByRole('button', { name: 'Ouvrir le fichier' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Lakeview' })).toBeVisible();
  // French plurals: 0 and 1 take the singular.
  await expect(other.getByText(/^Lakeview ouvert : 1 répondant ajouté, \d+ réponses? ajoutées?, 0 mise à jour et 0 conservée parce que/)).toBeVisible();
  await other.getByRole('link', { name: /INT-01/ }).click();
  await expect(other.getByLabel('Votre rôle')).toHaveValue('Outreach lead');
  await device.close();
});


test('a sealed backup of every audit restores them on another device', async ({ page, browser }) => {
  await lakeviewOverview(page);
  await page.goto('./#/settings');
  await page.getByLabel('Protect the file with a passphrase').check();
  await page.getByLabel('Passphrase', { exact: true }).fill('lantern river quietly');
  await page.getByLabel('The same passphrase again').fill('lantern river quietly');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up every audit' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^backup-local-safety-audit-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
  await expect(page.getByText(`The backup was saved, encrypted, as ${file.suggestedFilename()}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  const path = join(testTempDir('lsa-backup-'), file.suggestedFilename());
  await file.saveAs(path);
  expect(readFileSync(path, 'utf8')).not.toContain('Lakeview');

  const device = await browser.newContext();
  await device.addInitScript(writeSwitches);
  const other = await device.newPage();
  await openAuditFile(other, path);
  await other.getByLabel('Passphrase', { exact: true }).fill('lantern river quietly');
  await other.getByRole('button', { name: 'Open the file' }).click();
  const dialog = other.getByRole('alertdialog');
  await expect(dialog).toContainText('is a backup of 1 audit.');
  await expect(dialog).toContainText('It holds Lakeview.');
  await expectNoAxeViolations(other);
  // Each write takes 150 ms here, long enough to see the restore's progress.
  await setSlowWrites(other, 150);
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(other.getByText('Restoring audit 1 of 1…')).toBeVisible();
  await expect(other.getByRole('progressbar', { name: 'Restoring audit 1 of 1…' })).toBeVisible();
  await expectNoAxeViolations(other);
  await expect(other.getByText(/Restored 1 audit: 1 respondent added, \d+ answers? added/)).toBeVisible();
  await expect(other.getByText(/Restoring audit/)).toBeHidden();
  await expect(other.getByRole('link', { name: /Lakeview/ }).first()).toBeVisible();
  await device.close();
});


test('a file this device has no room for changes nothing, says why, and opens once there is room', async ({ page, browser }) => {
  const path = await exportedLakeview(page);

  const device = await browser.newContext();
  await device.addInitScript(writeSwitches);
  const other = await device.newPage();
  await other.goto('./');
  await expect(other.getByText('No audits yet.')).toBeVisible();
  await setDeviceFull(other, true);
  const input = other.getByLabel('Open an audit file');
  await input.setInputFiles(path);
  await expect(other.getByRole('alert')).toContainText('This device is out of storage space, so the file could not be stored. Nothing was changed.');
  await expect(other.getByText('Checking the file…')).toBeHidden();
  await expect(input).toBeEnabled();
  await expect(other.getByText('No audits yet.')).toBeVisible();
  await expectNoAxeViolations(other);
  await other.goto('./#/templates');
  await other.getByLabel('Template file (.json)').setInputFiles(fixturePath('templates/all-types.json'));
  await expect(other.getByText('This device is out of storage space, so the template could not be stored. Nothing was changed. Free some space (export, then delete old audits) and add the template again.')).toBeVisible();
  await expect(other.getByLabel('Template file (.json)')).toBeEnabled();
  await expectNoAxeViolations(other);

  await setDeviceFull(other, false);
  await other.goto('./');
  await input.setInputFiles(path);
  await expect(other.getByRole('heading', { level: 1, name: 'Lakeview' })).toBeVisible();
  await device.close();
});

/** How far the element's box reaches under the notices, in pixels (0 when clear of them). */
const overlapWithNotices = (page: Page, name: string) =>
  page.getByRole('button', { name }).evaluate((button) => {
    const notices = [...document.querySelectorAll('.notification')].map((n) => n.getBoundingClientRect());
    const box = button.getBoundingClientRect();
    const top = Math.min(...notices.map((n) => n.top));
    return notices.length ? Math.max(0, box.bottom - top) : 0;
  });

test('on a phone, the notice after opening a file leaves the buttons of the page reachable', async ({ page, browser }) => {
  const path = await exportedLakeview(page);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await phone.newPage();
  await openAuditFile(other, path);
  await expect(other.getByText(/Opened Lakeview: 1 respondent added, \d+ answers? added, 0 updated,? and 0 kept because/)).toBeVisible();
  // Reached with the keyboard, the button is scrolled above the notice.
  await other.getByRole('button', { name: 'Export this audit' }).focus();
  expect(await overlapWithNotices(other, 'Export this audit')).toBe(0);
  // Scrolled to the very end, the page's last button clears the notice too.
  await other.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await overlapWithNotices(other, 'Export this audit')).toBe(0);
  await other.getByRole('button', { name: 'Export this audit' }).click({ trial: true, timeout: 2000 });
  await phone.close();
});
