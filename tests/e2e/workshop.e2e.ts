import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { setDeviceFull, writeSwitches } from './support/device';
import { expectSaved } from './support/app';
import { nextUntil, recordConsent, startWorkshop, tabTo } from './support/workshop';

const shots = '/tmp/workshop-screens';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `${shots}/${name}.png`, fullPage });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page) => page.locator('.ws-stage > [role="status"]');

test('a session run with the keyboard only: consent first, tallies, dot votes, contributions, results, timer', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await startWorkshop(page, { people: 12 });
  await expect(page.getByText('the facilitator has contact details for local support services', { exact: false }).first()).toBeVisible();

  // Consent must be recorded before anything else (the question has focus when a slide opens).
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('alert')).toHaveText('Record that the group agreed to go ahead before moving on.');
  await expect(heading(page)).toHaveText('Before we start');
  await tabTo(page, /group agreed to go ahead/);
  await page.keyboard.press('Space');
  await tabTo(page, 'Full screen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(heading(page)).toHaveText('Date of the workshop');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText('Before we start');

  // A rating: a show of hands per point, with + on a focused button and a typed count.
  await nextUntil(page, /^How worried are you/);
  await tabTo(page, 'Add one hand for 4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(status(page)).toHaveText('4: 3 hands');
  await tabTo(page, 'Hands for 5 – Very worried');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await expect(status(page)).toHaveText('5 – Very worried: 6 hands');
  await page.keyboard.press('r');
  const results = page.getByRole('list', { name: 'Hands per answer' });
  await expect(results.getByRole('listitem').filter({ hasText: 'Very worried' })).toContainText('6 hands (50%)');
  await expect(page.getByLabel('The group’s answer')).toHaveValue('5');
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Stop timer' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('t');
  await shot(page, 'presenter-rating-1920');
  await expectNoAxeViolations(page);

  // A choice: too many hands are flagged against the people present.
  await nextUntil(page, /^Who do you think is most at risk/);
  // The last question's count is not read again here.
  await expect(status(page)).toHaveText('');
  await tabTo(page, /^Add one hand for Young people in foster care/);
  for (let i = 0; i < 13; i++) await page.keyboard.press('+');
  await expect(page.getByText(/has more hands \(13\) than people present \(12\)/)).toBeVisible();
  await page.keyboard.press('-');
  await tabTo(page, /^Add one hand for Workers who came from another country/);
  for (let i = 0; i < 5; i++) await page.keyboard.press('+');

  // An open question: quick capture of short contributions.
  await nextUntil(page, /^What already helps/);
  await tabTo(page, 'Add a contribution');
  await page.keyboard.type('Youth drop-in centre');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Night bus to the shelter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Contributions so far: 2' }).getByRole('listitem')).toHaveText([/Youth drop-in centre/, /Night bus to the shelter/]);
  await shot(page, 'presenter-contributions-1920');
  await expectNoAxeViolations(page);

  // Dot voting to rank priorities, with dissent noted beside the consensus.
  await page.keyboard.press('PageDown');
  await nextUntil(page, /^What should be done first/);
  await expect(page.getByRole('button', { name: 'Dot vote' })).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, 'Add one dot for More safe places to live');
  for (let i = 0; i < 9; i++) await page.keyboard.press('+');
  await tabTo(page, 'Add one dot for Local services working better together');
  for (let i = 0; i < 5; i++) await page.keyboard.press('+');
  await tabTo(page, 'Add one dot for Jobs and training for young people');
  for (let i = 0; i < 2; i++) await page.keyboard.press('+');
  await page.keyboard.press('r');
  await expect(page.getByRole('list', { name: 'Dots per answer, most first' }).getByRole('listitem')).toHaveText([
    /Rank 1: More safe places to live\s*9 dots/,
    /Rank 2: Local services working better together\s*5 dots/,
    /Rank 3: Jobs and training for young people\s*2 dots/,
  ]);
  await tabTo(page, 'Disagreement noted (optional)');
  await page.keyboard.type('Some would start with online safety');
  await shot(page, 'presenter-dots-1920');
  await expectNoAxeViolations(page);

  // To the end, then the results for the room.
  await page.keyboard.press('Tab');
  await nextUntil(page, 'Thank you');
  await tabTo(page, 'See all the results');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Results of session WS-01');
  const priorities = page.getByRole('list', { name: /^Dots for: What should be done first/ });
  await expect(priorities.getByRole('listitem').first()).toContainText('More safe places to live');
  await expect(priorities.getByRole('listitem').first()).toContainText('9 dots');
  await expect(priorities.getByRole('listitem').filter({ hasText: 'Jobs and training' })).toContainText('fewer than 5');
  await expect(page.getByText('Some would start with online safety')).toBeVisible();
  await expect(page.getByRole('list', { name: /^Hands for: Who do you think/ }).getByRole('listitem').first()).toContainText('12 people');
  await expectNoAxeViolations(page);
  await shot(page, 'summary-1920', true);
});

const nextPerson = (page: Page) => page.getByRole('button', { name: 'I am ready: start my answers' }).click();

async function answerPrivately(page: Page, answers: { worry: string; forms: string[]; missing: string }) {
  await expect(heading(page)).toHaveText('Your answers');
  const worry = page.getByRole('group', { name: /^How worried are you/ });
  await worry.getByRole('radio', { name: answers.worry }).check();
  const forms = page.getByRole('group', { name: /^Which of these do you think happen/ });
  for (const form of answers.forms) await forms.getByRole('checkbox', { name: form }).check();
  await page.getByLabel('What is missing in our community to prevent this?').fill(answers.missing);
  await page.getByRole('button', { name: 'Done: hide my answers' }).click();
  await expect(heading(page)).toHaveText('Hand the device to the next person');
}

/** Nothing typed or chosen by anyone before is on screen: not in the text, not in any field. */
async function expectBlankForm(page: Page, earlier: readonly string[]) {
  await expect(heading(page)).toHaveText('Your answers');
  const html = await page.content();
  for (const secret of earlier) expect(html).not.toContain(secret);
  const state = await page.evaluate(() => ({
    checked: [...document.querySelectorAll('input')].filter((i) => i.checked).length,
    filled: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=radio]):not([type=checkbox]), textarea')].filter((i) => i.value !== '').length,
  }));
  expect(state).toEqual({ checked: 0, filled: 0 });
}

test('a pass-the-device round: the screen locks between people, nobody sees an earlier answer, and answers show only combined and from five people', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const url = await startWorkshop(page, { people: 9 });
  // Nobody answers before the group has agreed to go ahead: the round says so and leads to the consent.
  await page.goto(`${url}/round`);
  await expect(page.getByText(/Answers are recorded only once the group has agreed to go ahead/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the round' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Open the consent notice of session WS-01' }).click();
  await expect(heading(page)).toHaveText('Before we start');
  await recordConsent(page);
  await page.goto(`${url}/round`);
  await expect(heading(page)).toHaveText('Private round');
  await expectNoAxeViolations(page);
  await shot(page, 'round-setup-tablet', true);
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose at least one question.');
  for (const q of [/^How worried are you/, /^How safe do you feel/, /^What makes people feel unsafe/, /^Which of these do you think happen/, /^What is missing in our community/]) await page.getByRole('checkbox', { name: q }).check();
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(heading(page)).toHaveText('Hand the device to the next person');
  await expect(page.getByText('0 people have answered privately so far.')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'round-lock-tablet');

  await nextPerson(page);
  await expectBlankForm(page, []);
  await answerPrivately(page, { worry: '5 – Very worried', forms: ['Someone forced to marry'], missing: 'first-secret-text' });
  await expect(page.getByText('1 person has answered privately so far.')).toBeVisible();
  expect(await page.content()).not.toContain('first-secret-text');

  // Someone who changes their mind leaves nothing behind, not even an empty participant.
  await nextPerson(page);
  await page.getByRole('button', { name: 'Done: hide my answers' }).click();
  await expect(page.getByText('1 person has answered privately so far.')).toBeVisible();

  await nextPerson(page);
  await expectBlankForm(page, ['first-secret-text']);
  await expectNoAxeViolations(page);
  await shot(page, 'round-form-tablet', true);
  await answerPrivately(page, { worry: '2', forms: ['Workers forced to work, cheated of their pay, or not free to leave'], missing: 'second-secret-text' });
  expect(await page.content()).not.toContain('second-secret-text');

  await nextPerson(page);
  await expectBlankForm(page, ['first-secret-text', 'second-secret-text']);
  await answerPrivately(page, { worry: '5 – Very worried', forms: ['Someone forced to marry', 'Young people forced to sell drugs or commit crimes'], missing: 'third-secret-text' });
  await expect(page.getByText('3 people have answered privately so far.')).toBeVisible();
  for (const secret of ['first', 'second', 'third']) expect(await page.content()).not.toContain(`${secret}-secret-text`);

  await page.getByRole('button', { name: 'End the round' }).click();
  await page.goto(`${url}/summary`);
  await expect(page.getByText('Fewer than 5 people answered privately')).toBeVisible();
  // What three people answered alone (which options, what they wrote) would point to them: it waits.
  await expect(page.getByText('What fewer than 5 people answered alone is shown once 5 have').first()).toBeVisible();
  await expect(page.getByRole('list', { name: /^Private answers to: How worried are you/ })).toHaveCount(0);
  await expect(page.getByText('third-secret-text')).toHaveCount(0);

  // Two more people; one answers a question, then changes an answer so that it no longer applies.
  await page.goto(`${url}/round`);
  await nextPerson(page);
  await page.getByRole('group', { name: /^How safe do you feel/ }).getByRole('radio', { name: /^1/ }).check();
  await page.getByLabel('What makes people feel unsafe?').fill('changed-mind-secret');
  await page.getByRole('group', { name: /^How safe do you feel/ }).getByRole('radio', { name: '4', exact: true }).check();
  await expect(page.getByLabel('What makes people feel unsafe?')).toHaveCount(0);
  await answerPrivately(page, { worry: '4', forms: ['Someone forced to marry'], missing: 'fourth-secret-text' });
  await nextPerson(page);
  await answerPrivately(page, { worry: '5 – Very worried', forms: ['Someone forced to marry'], missing: 'fifth-secret-text' });
  await page.getByRole('button', { name: 'End the round' }).click();
  await page.goto(`${url}/summary`);
  await expect(page.getByText('5 people answered privately')).toBeVisible();
  const worry = page.getByRole('list', { name: /^Private answers to: How worried are you/ });
  await expect(worry.getByRole('listitem').filter({ hasText: 'Very worried' })).toContainText('fewer than 5');
  await expect(page.getByText('third-secret-text')).toBeVisible();
  // An answer its author's own later answer hid is not theirs to publish.
  await expect(page.getByText('changed-mind-secret')).toHaveCount(0);
  await shot(page, 'summary-private-tablet', true);
  // The paper forms' table, often on the projected screen, never lists the round person by person.
  await page.goto(`${url}/paper`);
  await expect(page.getByText('No forms typed in yet.')).toBeVisible();
  for (const secret of ['first', 'second', 'third']) await expect(page.getByText(`${secret}-secret-text`)).toHaveCount(0);

  // Nor does the audit's overview: the session counts who answered alone, and none can be opened.
  await page.goto(url.replace(/\/workshop\/.*$/, ''));
  await expect(page.getByText(/Answered alone in the session: 5 · paper forms: 0/)).toBeVisible();
  await expect(page.getByText(/WS-01-P0/)).toHaveCount(0);
  const participant = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('local-safety-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('respondents').objectStore('respondents').getAll();
          read.onsuccess = () => resolve((read.result as { id: string; session?: { via?: string } }[]).find((r) => r.session?.via === 'round')?.id ?? '');
        };
      }),
  );
  await page.goto(`${url.replace(/\/workshop\/.*$/, '')}/respondents/${participant}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Answered privately' })).toBeVisible();
  for (const secret of ['first', 'second', 'third', 'fourth', 'fifth']) await expect(page.getByText(`${secret}-secret-text`)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a reload in the middle of a session continues where it was, counts and all', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const url = await startWorkshop(page, { people: 10 });
  await page.getByRole('checkbox', { name: /group agreed to go ahead/ }).check();
  await heading(page).focus();
  await nextUntil(page, /^Who do you think is most at risk/);
  const add = page.getByRole('button', { name: /^Add one hand for People with no stable home/ });
  for (let i = 0; i < 4; i++) await add.click();
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(page.locator('.ws-save')).toHaveText('Saved on this device');

  await page.reload();
  await expect(heading(page)).toHaveText(/^Who do you think is most at risk/);
  await expect(page.getByRole('spinbutton', { name: /^Hands for People with no stable home/ })).toHaveValue('4');
  await expect(page.getByRole('button', { name: 'Hide results' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('spinbutton', { name: 'People present' })).toHaveValue('10');
  await page.getByRole('button', { name: /^Add one hand for People with no stable home/ }).click();
  await heading(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('checkbox', { name: /group agreed to go ahead/ })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('spinbutton', { name: /^Hands for People with no stable home/ })).toHaveValue('5');

  // A private turn cut short by a reload: what was answered is kept, the screen comes back locked.
  await page.goto(`${url}/round`);
  await page.getByRole('checkbox', { name: /^How worried are you/ }).check();
  await page.getByRole('button', { name: 'Start the round' }).click();
  await page.getByRole('button', { name: 'I am ready: start my answers' }).click();
  await page.getByRole('group', { name: /^How worried are you/ }).getByRole('radio', { name: '3' }).check();
  await page.reload();
  await expect(heading(page)).toHaveText('Hand the device to the next person');
  await expect(page.getByText('1 person has answered privately so far.')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await page.goto(`${url}/summary`);
  await expect(page.getByText('Fewer than 5 people answered privately')).toBeVisible();
  await expect(page.getByText('1 person answered privately')).toHaveCount(0);
});

test('paper forms are typed in a table of codes, checked as typed, and kept', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const url = await startWorkshop(page, { people: 6 });
  await page.goto(`${url}/paper`);
  await expect(heading(page)).toHaveText('Paper forms of session WS-01');
  // Forms are typed in once the group has agreed to go ahead.
  await expect(page.getByRole('button', { name: 'Add a paper form' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Open the consent notice of session WS-01' }).click();
  await recordConsent(page);
  await page.goto(`${url}/paper`);
  // What the printed form asks but the table cannot take says where it goes.
  await expect(page.getByText('The printed form also asks Q7, Q13 and Q20: type those answers in each form’s full questionnaire')).toBeVisible();
  await page.getByRole('button', { name: 'Add a paper form' }).click();
  const cell = (form: string, n: number) => page.getByRole('textbox', { name: new RegExp(`^${form}, question ${n}:`) });
  await expect(cell('WS-01-P01', 1)).toBeFocused();
  await page.keyboard.type('2026-03-01');
  await page.keyboard.press('Tab');
  // No question 2 of the group's head count: a personal form never asks it.
  await expect(page.getByRole('textbox', { name: /question \d+: How many people/ })).toHaveCount(0);
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await expect(cell('WS-01-P01', 4)).toBeFocused();
  await page.keyboard.type('Dark bus stops');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1 5');
  await cell('WS-01-P01', 9).fill('7');
  await cell('WS-01-P01', 9).press('Tab');
  await expect(page.getByText('Type an answer number from 1 to 3. Not saved until it is corrected.')).toBeVisible();
  await expect(cell('WS-01-P01', 9)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await shot(page, 'paper-tablet', true);
  await cell('WS-01-P01', 9).fill('3');
  await cell('WS-01-P01', 9).press('Enter');
  await expect(page.getByText('Type an answer number from 1 to 3.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add a paper form' }).click();
  await expect(cell('WS-01-P02', 1)).toBeFocused();
  await cell('WS-01-P02', 3).fill('5');
  await cell('WS-01-P02', 3).press('Tab');
  await expect(cell('WS-01-P02', 4)).toHaveAccessibleDescription('Not asked on this form');
  await expect(cell('WS-01-P01', 4)).not.toHaveAccessibleDescription('Not asked on this form');

  await page.reload();
  await expect(cell('WS-01-P01', 2)).toHaveValue('4');
  await expect(cell('WS-01-P01', 4)).toHaveValue('Dark bus stops');
  await expect(cell('WS-01-P01', 5)).toHaveValue('1 5');
  await expect(cell('WS-01-P01', 9)).toHaveValue('3');
  await expect(cell('WS-01-P02', 3)).toHaveValue('5');
  await page.goto(`${url}/summary`);
  await expect(page.getByText('Fewer than 5 people answered privately')).toBeVisible();
  // A number answered on paper: its middle and range only once no single answer stands out.
  await expect(page.getByRole('article', { name: /^Date of the workshop/ })).toContainText('What fewer than 5 people answered alone is shown once 5 have');
  await page.goto(`${url}/paper`);
  const days = ['2026-03-01', '2026-03-04', '2026-03-09', '2026-03-02', '2026-03-04'];
  for (const [i, day] of days.entries()) {
    const form = `WS-01-P0${i + 1}`;
    if (i >= 2) await page.getByRole('button', { name: 'Add a paper form' }).click();
    await cell(form, 1).fill(day);
    await cell(form, 1).press('Tab');
  }
  await page.goto(`${url}/summary`);
  await expect(page.getByRole('article', { name: /^Date of the workshop/ })).toContainText('Middle answer: Mar 4, 2026; from Mar 1, 2026 to Mar 9, 2026.');
});

test('a blank questionnaire downloads as a PDF, in both languages when asked, with no answers in it', async ({ page }) => {
  const url = await startWorkshop(page, { people: 6 });
  await page.goto(`${url}/paper`);
  await page.getByRole('checkbox', { name: 'Print both languages (English and French)' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the blank questionnaire (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^questionnaire-community-workshop-ws-01-\d{4}-\d{2}-\d{2}-en-fr\.pdf$/);
  const file = `${shots}/blank-questionnaire.pdf`;
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'The blank questionnaire was downloaded.' })).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('How worried are you');
  expect(text).toContain('À quel point êtes-vous inquiets');
  expect(text).toContain('WS-01 · Riverside');
});

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
];

/** axe, no sideways scrolling of the page, and a picture to look at. */
async function check(page: Page, size: string, name: string) {
  await expect(heading(page)).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  await shot(page, `${size}-${name}`);
}

for (const size of SIZES) {
  test(`every workshop screen passes axe and fits a ${size.name}, in English and French`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    const url = await startWorkshop(page, { people: 8 });
    await check(page, size.name, 'consent');
    await page.getByRole('checkbox', { name: /group agreed to go ahead/ }).check();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await check(page, size.name, 'consent-full');
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await heading(page).focus();
    await nextUntil(page, /^Which of these do you think happen/);
    await page.getByRole('button', { name: /^Add one hand for Someone forced to marry/ }).click();
    await page.getByRole('button', { name: 'Show results' }).click();
    await check(page, size.name, 'tally');
    // A group's answer whose options are long sentences stays within the screen.
    await heading(page).focus();
    await nextUntil(page, /^Who do you think is most at risk/);
    await page.getByRole('button', { name: /^Add one hand for Young people in foster care/ }).click();
    await heading(page).focus();
    await nextUntil(page, /^If we had to pick one group/);
    await page.getByRole('button', { name: /^Add one hand for Young people in foster care/ }).click();
    await expect(page.getByRole('combobox', { name: 'The group’s answer' })).toHaveValue('youth-in-care');
    await check(page, size.name, 'pick-one');
    await heading(page).focus();
    await nextUntil(page, /^What kinds of places in our community worry you/);
    await page.getByRole('button', { name: /^Add one hand for Bus stations/ }).click();
    await heading(page).focus();
    await nextUntil(page, /^For each kind of place/);
    await page.getByRole('combobox', { name: /Bus stations/ }).selectOption({ label: '4' });
    await check(page, size.name, 'matrix');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(heading(page)).toHaveText(/^Pour chaque type de lieu/);
    await check(page, size.name, 'matrix-fr');
    await page.getByRole('button', { name: 'Précédent' }).click();
    await expect(page.getByRole('button', { name: /^Ajouter une main pour Gares d’autobus/ })).toBeVisible();
    await page.getByRole('button', { name: 'Afficher les résultats' }).click();
    await check(page, size.name, 'tally-fr');
    await page.goto('./#/');
    await page.goto(`${url}/round`);
    await check(page, size.name, 'round-setup-fr');
    await page.getByRole('checkbox', { name: /^À quel point êtes-vous inquiets/ }).check();
    await page.getByRole('button', { name: 'Commencer le tour' }).click();
    await check(page, size.name, 'round-lock-fr');
    await page.getByRole('button', { name: 'C’est mon tour : commencer mes réponses' }).click();
    await check(page, size.name, 'round-form-fr');
    await page.getByRole('button', { name: 'Terminé : masquer mes réponses' }).click();
    await page.getByRole('button', { name: 'Terminer le tour' }).click();
    await page.goto(`${url}/summary`);
    await check(page, size.name, 'summary-fr');
    await page.goto(`${url}/paper`);
    await page.getByRole('button', { name: 'Ajouter un formulaire papier' }).click();
    await page.getByText('Quoi taper pour chaque question').click();
    await check(page, size.name, 'paper-fr');
    await page.getByRole('button', { name: 'English' }).first().click();
    await check(page, size.name, 'paper');
    await page.goto(`${url}/summary`);
    await check(page, size.name, 'summary');
    await page.getByRole('link', { name: 'All workshop sessions' }).click();
    await check(page, size.name, 'sessions');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect(page.getByText('Enter the number of people present', { exact: false })).toBeVisible();
    await check(page, size.name, 'start-errors');
    await page.goto(`${url.split('/workshop')[0]}/workshop/nowhere/else`);
    await check(page, size.name, 'missing');
  });
}

test('the presenter on a large screen, in French', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await startWorkshop(page, { people: 15 });
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('checkbox', { name: /le groupe a accepté de continuer/ }).check();
  await page.getByRole('button', { name: 'Plein écran' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, 'presenter-consent-fr-1920');
  await heading(page).focus();
  await nextUntil(page, /^Selon vous, qui risque le plus/);
  for (const [option, hands] of [['Jeunes en famille d’accueil', 6], ['Personnes sans logement stable', 4], ['Travailleurs venus d’un autre pays', 3]] as const) {
    const add = page.getByRole('button', { name: new RegExp(`^Ajouter une main pour ${option}`) });
    for (let i = 0; i < hands; i++) await add.click();
  }
  await page.keyboard.press('r');
  await expect(page.getByRole('list', { name: 'Mains levées par réponse' })).toContainText('6 mains (40 %)');
  await expect(page.getByText(/les parts dépassent 100/)).toHaveCount(0);
  // Several answers allowed: more hands than people, and the room is told why the shares pass 100 %.
  const more = page.getByRole('button', { name: /^Ajouter une main pour Personnes sans logement stable/ });
  for (let i = 0; i < 3; i++) await more.click();
  await expect(page.getByText('On pouvait lever la main pour plus d’une réponse : les parts dépassent 100 % au total.')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'presenter-tally-fr-1920');
});

test('a paper form the device has no room for is refused plainly, and the button works again once there is room', async ({ page }) => {
  await page.addInitScript(writeSwitches);
  await page.setViewportSize({ width: 768, height: 1024 });
  const url = await startWorkshop(page, { people: 6 });
  await recordConsent(page);
  await page.goto(`${url}/paper`);
  const add = page.getByRole('button', { name: 'Add a paper form' });
  await setDeviceFull(page, true);
  await add.click();
  await expect(page.getByText('Could not save a change: this device is out of storage space.')).toBeVisible();
  await expect(add).toBeEnabled();
  // Refused again: the same notice is not stacked twice.
  await add.click();
  await expect(add).toBeEnabled();
  await expect(page.locator('.notification')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: /^WS-01-P01, question 1:/ })).toHaveCount(0);
  await setDeviceFull(page, false);
  await add.click();
  await expect(page.getByRole('textbox', { name: /^WS-01-P01, question 1:/ })).toBeFocused();
});

test('in a private round, a device with no room says so and the next person can try again once there is room', async ({ page }) => {
  await page.addInitScript(writeSwitches);
  await page.setViewportSize({ width: 768, height: 1024 });
  const url = await startWorkshop(page, { people: 6 });
  await recordConsent(page);
  await page.goto(`${url}/round`);
  await page.getByRole('checkbox', { name: /^How worried are you/ }).check();
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(heading(page)).toHaveText('Hand the device to the next person');
  await setDeviceFull(page, true);
  const ready = page.getByRole('button', { name: 'I am ready: start my answers' });
  await ready.click();
  await expect(page.getByText('Could not save a change: this device is out of storage space.')).toBeVisible();
  await expect(heading(page)).toHaveText('Hand the device to the next person');
  await expect(ready).toBeEnabled();
  // Seen, not only present: the notice is drawn above the round's full-screen stage.
  const notice = page.getByText('Could not save a change: this device is out of storage space.');
  expect(await notice.evaluate((el) => { const box = el.getBoundingClientRect(); return el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)); })).toBe(true);
  await expectNoAxeViolations(page);
  await setDeviceFull(page, false);
  await ready.click();
  await expect(heading(page)).toHaveText('Your answers');
});

test('a notice on the presenter’s full-screen stage leaves the stage’s own buttons in view', async ({ page }) => {
  await page.addInitScript(writeSwitches);
  await page.setViewportSize({ width: 390, height: 844 });
  await startWorkshop(page, { people: 6 });
  await page.getByRole('checkbox', { name: /group agreed to go ahead/ }).check();
  await nextUntil(page, /^How worried are you/);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await setDeviceFull(page, true);
  await page.getByRole('button', { name: 'Add one hand for 4' }).click();
  const notice = page.getByText('Could not save a change: this device is out of storage space.');
  await expect(notice).toBeVisible();
  // Scrolled to its end, the stage shows every one of its buttons clear of the notice.
  const covered = await page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.ws-stage');
    if (!stage) return ['no stage'];
    stage.scrollTop = stage.scrollHeight;
    window.scrollTo(0, document.documentElement.scrollHeight);
    const last = [...stage.querySelectorAll<HTMLElement>('button')].filter((b) => b.getClientRects().length > 0).slice(-3);
    return last.filter((b) => { const box = b.getBoundingClientRect(); return !b.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)); }).map((b) => b.textContent ?? '');
  });
  await shot(page, 'presenter-notice-phone');
  expect(covered).toEqual([]);
  await expectNoAxeViolations(page);
});

test('changing a group’s answer in the questionnaire keeps the counts the room recorded', async ({ page }) => {
  const url = await startWorkshop(page, { people: 12 });
  await page.getByRole('checkbox', { name: /group agreed to go ahead/ }).check();
  await heading(page).focus();
  await nextUntil(page, /^Who do you think is most at risk/);
  const add = page.getByRole('button', { name: /^Add one hand for People with no stable home/ });
  for (let i = 0; i < 6; i++) await add.click();
  await expect(page.locator('.ws-save')).toHaveText('Saved on this device');

  // The same group in the ordinary questionnaire: its answer there is changed by hand.
  await page.goto(url.replace(/\/workshop\/.*$/, ''));
  await page.getByRole('link', { name: /^(Start|Continue) WS-01$/ }).click();
  await page.getByRole('link', { name: /^What worries us/ }).click();
  const question = page.getByRole('group', { name: /^Who do you think is most at risk/ });
  await expect(question.getByText(/workshop’s counts and contributions for this question are kept/)).toBeVisible();
  await question.getByRole('checkbox', { name: 'Indigenous women and girls' }).check();
  await expectSaved(page);

  await page.goto(`${url}/summary`);
  const result = page.getByRole('article', { name: /^Who do you think is most at risk/ });
  await expect(result.getByRole('listitem').filter({ hasText: 'People with no stable home' })).toHaveText(/6 people/);
  await expect(result.getByText(/Indigenous women and girls/)).toBeVisible();
});

test('the group’s answer to a number question is checked against the questionnaire’s bounds', async ({ page }) => {
  await startWorkshop(page, { people: 8 });
  await page.getByRole('checkbox', { name: /group agreed to go ahead/ }).check();
  await heading(page).focus();
  await nextUntil(page, /^How many people are taking part/);
  const answer = page.getByRole('spinbutton', { name: 'The group’s answer' });
  await answer.fill('-3');
  await expect(answer).toHaveAccessibleDescription(/Enter 1 or more\./);
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await answer.fill('8');
  await expect(page.getByText('Enter 1 or more.')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the group’s answer to an "up to 3" question takes three, as the questionnaire does', async ({ page }) => {
  await startWorkshop(page, { people: 8 });
  await recordConsent(page);
  await heading(page).focus();
  await nextUntil(page, /^What should be done first/);
  const answer = page.getByRole('group', { name: 'The group’s answer' });
  const boxes = answer.getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await expect(boxes.nth(3)).toBeDisabled();
  await expect(answer.getByText('3 answers chosen, the most for this question')).toBeVisible();
  await boxes.nth(2).uncheck();
  await expect(boxes.nth(3)).toBeEnabled();
});

test('results give a scale answer its words and show what people wrote for “Other”', async ({ page }) => {
  const url = await startWorkshop(page, { people: 8 });
  await page.getByRole('checkbox', { name: /group agreed to go ahead/ }).check();
  await heading(page).focus();
  await nextUntil(page, /^How worried are you/);
  const add = page.getByRole('button', { name: /^Add one hand for 5/ });
  for (let i = 0; i < 6; i++) await add.click();
  await expect(page.locator('.ws-save')).toHaveText('Saved on this device');
  // Five people answer privately (fewer are held back), each with an "Other" of their own.
  await page.goto(`${url}/round`);
  await page.getByRole('checkbox', { name: /^Who do you think is most at risk/ }).check();
  await page.getByRole('button', { name: 'Start the round' }).click();
  for (const other of ['Seasonal pickers', 'Hotel cleaners', 'Seasonal pickers', 'Students abroad', 'Seasonal pickers']) {
    await page.getByRole('button', { name: 'I am ready: start my answers' }).click();
    const risk = page.getByRole('group', { name: /^Who do you think is most at risk/ });
    await risk.getByRole('checkbox', { name: 'Other', exact: true }).check();
    await page.getByLabel(/^Please say what “Other” is/).fill(other);
    await page.getByRole('button', { name: 'Done: hide my answers' }).click();
  }
  await page.getByRole('button', { name: 'End the round' }).click();
  await page.goto(`${url}/summary`);
  await expect(page.getByRole('article', { name: /^How worried are you/ })).toContainText(/The group’s answer:\s*5 – /);
  await expect(page.getByRole('article', { name: /^Who do you think is most at risk/ }).getByRole('listitem').filter({ hasText: 'Hotel cleaners' })).toBeVisible();
  await expectNoAxeViolations(page);
});
