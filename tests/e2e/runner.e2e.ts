import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { addRespondent, createAudit, expectSaved, importTemplate } from './support/app';
import { setSlowWrites, writeSwitches } from './support/device';

async function startAllTypes(page: Page): Promise<string> {
  await importTemplate(page, 'templates/all-types.json');
  await createAudit(page, { locality: 'Riverside', template: /Every item type/ });
  return addRespondent(page);
}

const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function answerIntro(page: Page) {
  await page.getByRole('checkbox', { name: 'I understand' }).check();
  await page.getByLabel('Your role').fill('Outreach officer');
  await page.getByLabel('Context').fill('Port city with seasonal farm work');
  await page.getByLabel('Staff').fill('12');
  await page.getByLabel('Date').fill('2026-03-15');
  await expect(page.getByLabel('Which protocol?')).toHaveCount(0);
  await row(page, 'Protocol in place?').getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Which protocol?').fill('Referral protocol');
}

async function answerGroups(page: Page) {
  const groups = row(page, 'Groups of concern (required)');
  await groups.getByRole('checkbox', { name: 'Youth in or leaving care' }).check();
  await expect(page.getByLabel('Signals')).toHaveCount(0);
  await groups.getByRole('checkbox', { name: 'Temporary foreign workers' }).check();
  await expect(page.getByLabel('Signals')).toBeVisible();
  await groups.getByRole('checkbox', { name: 'Other' }).check();
  await page.getByLabel('Please specify').fill('Seasonal pickers');
  await row(page, 'Youth in or leaving care').getByRole('radio', { name: '4', exact: true }).check();
  await row(page, 'Other: Seasonal pickers').getByRole('radio', { name: '5 – Very much' }).check();
  await row(page, 'Main group').getByRole('radio', { name: 'Temporary foreign workers' }).check();
  await row(page, 'How worried?').getByRole('radio', { name: '2', exact: true }).check();
  await expect(page.getByLabel('Signals')).toHaveCount(0);
  await row(page, 'How worried?').getByRole('radio', { name: '4', exact: true }).check();
  await page.getByLabel('Signals').fill('12');
  await page.getByLabel('Details').fill('Two reports from the shelter');
}

async function answerPartners(page: Page) {
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await expect(page.getByLabel('Organisation')).toBeFocused();
  await page.getByLabel('Organisation').fill('Youth Shelter');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'NGO' });
  await page.getByLabel('Kind of NGO').fill('Youth services');
  await row(page, 'Groups served').getByRole('checkbox', { name: 'Youth in or leaving care' }).check();
  await row(page, 'Engagement').getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await page.getByLabel('Organisation').fill('City Police');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Police' });
  await expect(page.getByLabel('Kind of NGO')).toHaveCount(0);
  await row(page, 'Lead partner').getByRole('radio', { name: 'Youth Shelter' }).check();
  await row(page, 'City Police').getByRole('radio', { name: 'High' }).check();
  await row(page, 'Temporary foreign workers').getByRole('checkbox', { name: 'City Police' }).check();
}

test('answers every item type, then finds them all after switching to French and reloading', async ({ page }) => {
  const url = await startAllTypes(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  await answerIntro(page);
  await page.getByRole('button', { name: 'Next section' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeFocused();
  await answerGroups(page);
  await page.getByRole('button', { name: 'Next section' }).click();
  await answerPartners(page);
  await expectSaved(page);

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
  await expect(row(page, 'Partenaire principal').getByRole('radio', { name: 'Youth Shelter' })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
  await expect(page.getByText('Partenaire 2 : City Police')).toBeVisible();
  await expect(row(page, 'City Police').getByRole('radio', { name: 'Élevée' })).toBeChecked();
  await expect(row(page, 'Travailleurs étrangers temporaires').getByRole('checkbox', { name: 'City Police' })).toBeChecked();
  await page.getByRole('button', { name: 'Modifier' }).first().click();
  await expect(page.getByLabel('Organisme')).toHaveValue('Youth Shelter');
  await expect(page.getByLabel('Type d’ONG')).toHaveValue('Youth services');
  await expect(row(page, 'Engagement').getByRole('radio', { name: '4', exact: true })).toBeChecked();

  await page.getByRole('link', { name: /Groupes/ }).click();
  await expect(page.getByLabel('Veuillez préciser')).toHaveValue('Seasonal pickers');
  await expect(row(page, 'Jeunes placés ou sortant de placement').getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await expect(page.getByLabel('Signalements')).toHaveValue('12');
  await expect(page.getByLabel('Détails')).toHaveValue('Two reports from the shelter');

  await page.getByRole('link', { name: /Introduction/ }).click();
  await expect(page.getByLabel('Votre rôle')).toHaveValue('Outreach officer');
  await expect(page.getByLabel('Personnel')).toHaveValue('12');
  await expect(page.getByLabel('Date')).toHaveValue('2026-03-15');
  await expect(page.getByLabel('Quel protocole?')).toHaveValue('Referral protocol');
  await expect(page.getByRole('checkbox', { name: 'Je comprends' })).toBeChecked();
  expect(page.url()).toContain(url.split('#')[1]?.split('/').slice(0, 5).join('/') ?? '');
});

test('conditions show and hide items, and hidden answers come back when shown again', async ({ page }) => {
  await startAllTypes(page);
  await row(page, 'Protocol in place?').getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Which protocol?').fill('Kept while hidden');
  await row(page, 'Protocol in place?').getByRole('radio', { name: 'No' }).check();
  await expect(page.getByLabel('Which protocol?')).toHaveCount(0);
  await row(page, 'Protocol in place?').getByRole('radio', { name: 'Yes' }).check();
  await expect(page.getByLabel('Which protocol?')).toHaveValue('Kept while hidden');
  await page.getByRole('checkbox', { name: 'Don’t know' }).last().check();
  await expect(page.getByLabel('Which protocol?')).toHaveCount(0);
});

test('an answer typed 100 ms before the page closes is saved', async ({ page, context }) => {
  const url = await startAllTypes(page);
  await page.getByLabel('Your role').fill('Typed just before closing');
  await page.waitForTimeout(100);
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByLabel('Your role')).toHaveValue('Typed just before closing');
});

test('an answer typed the instant before a reload is there after it', async ({ page }) => {
  await startAllTypes(page);
  await page.getByLabel('Your role').fill('Typed, then reloaded at once');
  await page.reload();
  await expect(page.getByLabel('Your role')).toHaveValue('Typed, then reloaded at once');
});

test('a pasted text longer than an answer holds is cut, and the person is told so', async ({ page }) => {
  await startAllTypes(page);
  const context = page.getByLabel('Context');
  await context.fill('Notes of the interview. '.repeat(200).slice(0, 4600));
  await expect(context).toHaveAccessibleDescription(/4,600 of 5,000 characters\./);
  await context.fill('Notes of the interview. '.repeat(260));
  await expect(context).toHaveValue(/^Notes of the interview\./);
  expect((await context.inputValue()).length).toBe(5000);
  await expect(context).toHaveAccessibleDescription(/5,000 of 5,000 characters: this answer holds no more/);
  await expectNoAxeViolations(page);
});

test('marking a section complete lists the missing answers and links to each', async ({ page }) => {
  await startAllTypes(page);
  await page.getByLabel('Staff').fill('900');
  await page.getByRole('button', { name: 'Mark this section complete' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'problems to correct' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([/Before you start: Answer this question/, /Your role: Answer this question/, /Staff: Enter 500 or less/]);
  await expectNoAxeViolations(page);
  // Each question shows its own problem, linked to its input, and drops it once corrected.
  await expect(page.getByLabel('Staff')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Staff')).toHaveAccessibleDescription(/Enter 500 or less/);
  await summary.getByRole('link', { name: /Your role/ }).click();
  await expect(page.getByLabel('Your role')).toBeFocused();
  await page.getByLabel('Your role').fill('Officer');
  await page.getByLabel('Staff').fill('90');
  await expect(page.getByLabel('Staff')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Staff')).not.toHaveAccessibleDescription(/Enter 500 or less/);
  await page.getByRole('checkbox', { name: 'I understand' }).check();
  await page.getByRole('button', { name: 'Mark this section complete' }).press('Enter');
  await expect(page.getByText('Section marked complete.')).toBeVisible();
  // The button pressed gives way to its opposite, which takes the focus.
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Introduction/ })).toContainText('Complete');
});

test('two tabs on one respondent see each other\'s answers and never overwrite newer ones', async ({ page, context }) => {
  const url = await startAllTypes(page);
  const other = await context.newPage();
  await other.goto(url);
  await page.getByLabel('Your role').fill('From tab one');
  await expect(other.getByLabel('Your role')).toHaveValue('From tab one');
  await other.getByLabel('Context').fill('From tab two');
  await expect(page.getByLabel('Context')).toHaveValue('From tab two');
  await expectSaved(page);
  await expectSaved(other);
  const third = await context.newPage();
  await third.goto(url);
  await expect(third.getByLabel('Your role')).toHaveValue('From tab one');
  await expect(third.getByLabel('Context')).toHaveValue('From tab two');
});

test('two tabs adding an entry to one list at the same moment keep both entries', async ({ page, context }) => {
  await context.addInitScript(writeSwitches);
  await startAllTypes(page);
  await page.getByRole('link', { name: /Partners/ }).click();
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await page.getByLabel('Organisation').fill('Alpha');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  const titles = (tab: Page) => tab.locator('.entry-title');
  await expect(titles(other)).toHaveText(['Partner 1: Alpha']);
  // Slow writes in both tabs: each adds before hearing of the other's entry.
  await setSlowWrites(page, 300);
  await setSlowWrites(other, 300);
  await Promise.all([page.getByRole('button', { name: 'Add a partner' }).click(), other.getByRole('button', { name: 'Add a partner' }).click()]);
  await setSlowWrites(page, 0);
  await setSlowWrites(other, 0);
  await page.getByLabel('Organisation').last().fill('From tab one');
  await other.getByLabel('Organisation').last().fill('From tab two');
  for (const tab of [page, other]) {
    await expect(titles(tab)).toHaveCount(3);
    await expectSaved(tab);
  }
  const third = await context.newPage();
  await third.goto(page.url());
  await expect(titles(third)).toHaveCount(3);
  const names = (await titles(third).allTextContents()).map((t) => t.replace(/^Partner \d+: /, ''));
  expect(names.sort()).toEqual(['Alpha', 'From tab one', 'From tab two']);
});

test('leaving a questionnaire right after an answer, the audit overview already counts it', async ({ page }) => {
  await startAllTypes(page);
  await page.getByLabel('Your role').fill('Officer');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Back to the audit of Riverside' }).click();
  await expect(page.getByRole('link', { name: 'Continue INT-01' })).toBeVisible();
});

test('list entries can be reordered, removed and restored with undo', async ({ page }) => {
  await startAllTypes(page);
  await page.getByRole('link', { name: /Partners/ }).click();
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    await page.getByRole('button', { name: 'Add a partner' }).click();
    await page.getByLabel('Organisation').fill(name);
  }
  const titles = page.locator('.entry-title');
  await expect(titles).toHaveText(['Partner 1: Alpha', 'Partner 2: Beta', 'Partner 3: Gamma']);
  await page.getByRole('group', { name: 'Actions for Partner 3: Gamma' }).getByRole('button', { name: 'Move up' }).click();
  await expect(titles).toHaveText(['Partner 1: Alpha', 'Partner 2: Gamma', 'Partner 3: Beta']);
  // With the keyboard, to the top: the button pressed is then disabled, and the focus is on the way back down.
  await page.getByRole('group', { name: 'Actions for Partner 2: Gamma' }).getByRole('button', { name: 'Move up' }).press('Enter');
  await expect(titles).toHaveText(['Partner 1: Gamma', 'Partner 2: Alpha', 'Partner 3: Beta']);
  await expect(page.getByRole('group', { name: 'Actions for Partner 1: Gamma' }).getByRole('button', { name: 'Move down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText(['Partner 1: Alpha', 'Partner 2: Gamma', 'Partner 3: Beta']);
  await page.getByRole('group', { name: 'Actions for Partner 1: Alpha' }).getByRole('button', { name: 'Remove' }).click();
  await expect(titles).toHaveText(['Partner 1: Gamma', 'Partner 2: Beta']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(titles).toHaveText(['Partner 1: Alpha', 'Partner 2: Gamma', 'Partner 3: Beta']);
  await expectSaved(page);
  await page.reload();
  await expect(titles).toHaveText(['Partner 1: Alpha', 'Partner 2: Gamma', 'Partner 3: Beta']);
  await expectNoAxeViolations(page);
});

test('a number box that says its text is no number stores no number, and text read again in the other language is stored as shown', async ({ page }) => {
  await startAllTypes(page);
  const staff = page.getByLabel('Staff');
  await staff.fill('7');
  await expectSaved(page);
  // "7,5" is no English number: the audit must not keep counting the "7" typed on the way.
  await staff.fill('7,5');
  await expect(page.getByText('Enter a number, for example 12 or 3.5.')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Staff')).toHaveValue('');
  // Refused in English, "2,0" is 2 in French: switching language stores what the box shows.
  await page.getByLabel('Staff').fill('2,0');
  await expect(page.getByText('Enter a number, for example 12 or 3.5.')).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByLabel('Personnel')).not.toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Personnel')).toHaveValue('2');
});

test('the "Other" text comes back when "Other" is chosen again after a slip', async ({ page }) => {
  await startAllTypes(page);
  await page.getByRole('button', { name: 'Next section' }).click();
  const groups = row(page, 'Groups of concern (required)');
  await groups.getByRole('checkbox', { name: 'Other' }).check();
  await page.getByLabel('Please specify').fill('Seasonal fish plant workers');
  await groups.getByRole('checkbox', { name: 'Other' }).uncheck();
  await expect(page.getByLabel('Please specify')).toHaveCount(0);
  await groups.getByRole('checkbox', { name: 'Other' }).check();
  await expect(page.getByLabel('Please specify')).toHaveValue('Seasonal fish plant workers');
  // Text cleared on purpose stays cleared.
  await page.getByLabel('Please specify').fill('');
  await groups.getByRole('checkbox', { name: 'Other' }).uncheck();
  await groups.getByRole('checkbox', { name: 'Other' }).check();
  await expect(page.getByLabel('Please specify')).toHaveValue('');
});

test('a number shown with its thousands separator is read back as the same number, in English and French', async ({ page }) => {
  await startAllTypes(page);
  // Its unit is read out with the box.
  await expect(page.getByLabel('Staff')).toHaveAccessibleDescription(/people/);
  await page.getByRole('button', { name: 'Next section' }).click();
  // Signals shows for temporary foreign workers of some concern.
  await row(page, 'Groups of concern (required)').getByRole('checkbox', { name: 'Temporary foreign workers' }).check();
  await row(page, 'How worried?').getByRole('radio', { name: '4', exact: true }).check();
  const signals = page.getByLabel('Signals');
  await signals.fill('3500');
  await signals.blur();
  await expect(signals).toHaveValue('3,500');
  // In the box being edited the number has no separator: a digit typed at its end makes a
  // bigger number ("3,5002" would read as no number at all).
  await signals.click();
  await expect(signals).toHaveValue('3500');
  await signals.press('End');
  await signals.pressSequentially('2');
  await signals.blur();
  await expect(signals).toHaveValue('35,002');
  await signals.click();
  await signals.press('End');
  await signals.press('Backspace');
  await signals.press('Backspace');
  await signals.pressSequentially('1');
  await signals.blur();
  await expect(signals).toHaveValue('3,501');
  // Reached with Tab, the whole number is selected, and typing replaces it.
  await signals.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(signals).toBeFocused();
  await page.keyboard.type('76');
  await signals.blur();
  await expect(signals).toHaveValue('76');
  // A comma that does not group thousands is never guessed at.
  await signals.fill('2,50');
  await expect(page.getByText('Enter a number, for example 12 or 3.5.')).toBeVisible();
  // Leaving the box keeps what was typed and says why it is not taken, never showing the last number read instead.
  await signals.blur();
  await expect(signals).toHaveValue('2,50');
  await expect(page.getByText('Enter a number, for example 12 or 3.5.')).toBeVisible();
  await expect(signals).toHaveAttribute('aria-invalid', 'true');
  await signals.fill('3,501');
  await signals.blur();
  await expect(signals).toHaveValue('3,501');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Signals')).toHaveValue('3,501');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByLabel('Signalements')).toHaveValue(/^3\s501$/);
  await page.getByLabel('Signalements').fill('2,5');
  await page.getByLabel('Signalements').blur();
  await expect(page.getByLabel('Signalements')).toHaveValue('2,5');
});

test('an entry removed, restored and removed again comes back with its answers from the second undo', async ({ page }) => {
  await page.clock.install();
  await startAllTypes(page);
  await page.getByRole('link', { name: /Partners/ }).click();
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await page.getByLabel('Organisation').fill('Police');
  const remove = page.getByRole('group', { name: 'Actions for Partner 1: Police' }).getByRole('button', { name: 'Remove' });
  await remove.click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.clock.fastForward(5_000);
  await remove.click();
  // The first removal's time to undo has run out; the second one's has not.
  await page.clock.fastForward(7_000);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.entry-title')).toHaveText(['Partner 1: Police']);
  await page.clock.fastForward(20_000);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.entry-title')).toHaveText(['Partner 1: Police']);
});

test('a question of "up to 3" takes three ticks, then waits for one to be unticked', async ({ page }) => {
  await createAudit(page, { locality: 'Upton' });
  await addRespondent(page, 'Workshop group');
  await page.getByRole('link', { name: /What we want to see happen/ }).click();
  const first = page.getByRole('group', { name: /^What should be done first\? \(up to 3\)/ });
  const boxes = first.getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await expect(boxes.nth(3)).toBeDisabled();
  await expect(first.getByText('3 answers chosen, the most for this question: untick one to choose another.')).toBeVisible();
  await boxes.nth(0).uncheck();
  await expect(boxes.nth(3)).toBeEnabled();
  await boxes.nth(3).check();
  await expect(first.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('a section left out for a respondent shows as left out on the audit’s overview', async ({ page }) => {
  await startAllTypes(page);
  await page.getByRole('link', { name: /Partners/ }).click();
  await page.getByRole('button', { name: /^Leave out this section/ }).click();
  await expectSaved(page);
  await page.getByRole('link', { name: 'Back to the audit of Riverside' }).click();
  await expect(page.getByRole('row', { name: /Partners/ })).toContainText('left out by 1');
  await expect(page.getByRole('row', { name: /Introduction/ })).not.toContainText('left out');
});

test('a text or note that looks like a phone number or an e-mail address gets a warning, never a block', async ({ page }) => {
  await startAllTypes(page);
  const context = page.getByLabel('Context');
  await context.fill('Ask Julie at 450-555-0199 for the list');
  await expect(context).toHaveAccessibleDescription(/looks like a phone number\. Never write down who someone is/);
  await context.fill('Ask the outreach lead at the shelter');
  await expect(page.getByText(/looks like a phone number/)).toHaveCount(0);
  await page.getByRole('button', { name: /Add a note/ }).first().click();
  const note = page.getByRole('textbox', { name: /note/i }).first();
  await note.fill('from jane.doe@example.org');
  await expect(note).toHaveAccessibleDescription(/looks like an e-mail address/);
  await expectSaved(page);
  await expectNoAxeViolations(page);
});

test('an Undo waits while it has the focus, and brings the entry back whole, open, with the focus in it', async ({ page }) => {
  await page.clock.install();
  await startAllTypes(page);
  await page.getByRole('link', { name: /Partners/ }).click();
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await page.getByLabel('Organisation').fill('Harbour shelter');
  await page.getByRole('group', { name: 'Actions for Partner 1: Harbour shelter' }).getByRole('button', { name: 'Remove' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.focus();
  // Long past the time the notice would have gone, and past the purge of the entry's answers.
  await page.clock.fastForward(30_000);
  await expect(undo).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.entry-title')).toHaveText(['Partner 1: Harbour shelter']);
  await expect(page.getByLabel('Organisation')).toBeFocused();
  await expect(page.getByLabel('Organisation')).toHaveValue('Harbour shelter');
  await page.clock.fastForward(20_000);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.entry-title')).toHaveText(['Partner 1: Harbour shelter']);
});

test('Enter in a field never marks the section complete, and a section\'s problems stay with it', async ({ page }) => {
  await startAllTypes(page);
  await page.getByLabel('Your role').fill('Officer');
  await page.getByLabel('Your role').press('Enter');
  await page.getByRole('checkbox', { name: 'I understand' }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'problems to correct' })).toHaveCount(0);
  await expect(page.getByText('Section marked complete.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Mark this section complete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'problem' })).toBeVisible();
  await page.getByRole('button', { name: 'Next section' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeFocused();
  await expect(page.getByRole('alert').filter({ hasText: 'problem' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Introduction/ })).not.toContainText('Complete');
});

test('a note is typed straight after "Add a note", and each question\'s own controls say which question they are for', async ({ page }) => {
  await startAllTypes(page);
  const item = (label: string) => page.locator('.item').filter({ has: page.locator('.item-label', { hasText: new RegExp(`^${label}`) }) });
  const add = item('Your role').getByRole('button', { name: 'Add a note' });
  await expect(add).toHaveAccessibleDescription(/^Your role/);
  await add.press('Enter');
  await page.keyboard.type('Ask again next visit');
  await expect(page.getByLabel('Note on “Your role”')).toHaveValue('Ask again next visit');
  await item('Your role').getByRole('button', { name: 'Remove the note' }).press('Enter');
  await expect(add).toBeFocused();
  await expect(item('Staff').getByRole('checkbox', { name: 'Don’t know' })).toHaveAccessibleDescription(/^Staff/);
  // A number's unit stands beside its box, not under a box as wide as the page.
  const beside = await item('Staff').locator('.number-input').evaluate((row) => {
    const box = (row.querySelector('input') as HTMLElement).getBoundingClientRect();
    const unit = (row.querySelector('.unit') as HTMLElement).getBoundingClientRect();
    return unit.left >= box.right && unit.top < box.bottom;
  });
  expect(beside).toBe(true);
  await expectSaved(page);
  await expectNoAxeViolations(page);
});

test('on a phone, the current section stays in view in the sideways list of sections', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createAudit(page, { locality: 'Narrow Bay' });
  await addRespondent(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next section' }).click();
  const current = nav.locator('[aria-current="step"]');
  await expect(current).toBeVisible();
  // How far the current section lies outside the visible part of the list, in pixels.
  const outside = await current.evaluate((link) => {
    const box = (link.closest('ol') as HTMLElement).getBoundingClientRect();
    const own = link.getBoundingClientRect();
    return Math.max(0, box.left - own.left, own.right - box.right);
  });
  expect(outside).toBeLessThanOrEqual(1);
});

test('a problem inside a list says which entry it is in, and French puts a space before its colon', async ({ page }) => {
  await startAllTypes(page);
  await page.getByRole('link', { name: /Partners/ }).click();
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await page.getByLabel('Organisation').fill('Police');
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await page.getByRole('button', { name: 'Mark this section complete' }).click();
  const summary = page.getByRole('alert').filter({ hasText: /problem|problème/ });
  await expect(summary.getByRole('link')).toContainText([/^Partner 2 – Organisation: Answer this question/]);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(summary.getByRole('link')).toContainText([/^Partenaire 2 – Organisme\s:\sRépondez/]);
});

test('after "Clear the answer" the focus is on the first option, not lost', async ({ page }) => {
  await startAllTypes(page);
  await page.getByRole('button', { name: 'Next section' }).click();
  await row(page, 'Groups of concern (required)').getByRole('checkbox', { name: 'Temporary foreign workers' }).check();
  const main = row(page, 'Main group');
  await main.getByRole('radio', { name: 'Temporary foreign workers' }).check();
  await main.getByRole('button', { name: 'Clear the answer' }).press('Enter');
  await expect(main.getByRole('radio').first()).toBeFocused();
  await expect(main.getByRole('radio', { name: 'Temporary foreign workers' })).not.toBeChecked();
});

test('a section marked complete is no longer complete once an answer it needs is cleared, and says so', async ({ page }) => {
  await startAllTypes(page);
  await page.getByLabel('Your role').fill('Officer');
  await page.getByRole('checkbox', { name: 'I understand' }).check();
  await page.getByRole('button', { name: 'Mark this section complete' }).click();
  const introduction = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Introduction/ });
  await expect(introduction).toContainText('Complete');
  await page.getByLabel('Your role').fill('');
  await expect(page.getByText('“Introduction” is no longer marked complete: an answer it needs is missing or needs correcting.')).toBeVisible();
  await expect(introduction).not.toContainText('Complete');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Introduction/ })).not.toContainText('Complete');
});

test('the link to a problem in a closed list entry opens the entry and focuses the field', async ({ page }) => {
  await startAllTypes(page);
  await page.getByRole('link', { name: /Partners/ }).click();
  await page.getByRole('button', { name: 'Add a partner' }).click();
  // Partner 1 is left without a name, and closes when Partner 2 opens.
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await page.getByLabel('Organisation').fill('Police');
  await expect(page.getByLabel('Organisation')).toHaveCount(1);
  await page.getByRole('button', { name: 'Mark this section complete' }).click();
  await page.getByRole('link', { name: /^Partner 1 – Organisation: Answer this question/ }).click();
  await expect(page.getByLabel('Organisation')).toBeFocused();
  await expect(page.getByLabel('Organisation')).toHaveValue('');
});
