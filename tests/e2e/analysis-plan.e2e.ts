import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { createAudit, expectSaved } from './support/app';
import { testTempDir } from './support/test-temp-dir';

/** Opens the example audit (its analysis first, as the audits screen does), then its plan. */
async function openExamplePlan(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Analysis – Riverbend/ })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Draft the action plan' }).click();
}

/** A rapid scan with one respondent who names street-involved youth (of high concern) and temporary foreign workers. */
async function startRapidScan(page: Page, locality: string): Promise<void> {
  await createAudit(page, { locality, template: /Rapid scan/ });
  await page.getByRole('button', { name: 'Add the respondent' }).click();
  await page.getByRole('checkbox', { name: /I have read this notice/ }).check();
  await page.getByRole('link', { name: /Groups at risk/ }).click();
  const groups = page.getByRole('group', { name: /Which of these groups are present/ });
  await groups.getByRole('checkbox', { name: /Street-involved, runaway and homeless youth/ }).check();
  await groups.getByRole('checkbox', { name: /Temporary foreign workers/ }).check();
  await page.getByRole('group', { name: /^Street-involved, runaway and homeless youth/ }).getByRole('radio').last().check();
}

test('a small rapid scan: answer, see the charts and the gaps, start a plan from them', async ({ page }) => {
  await startRapidScan(page, 'Pine Lake');
  await page.getByRole('group', { name: /^Temporary foreign workers/ }).getByRole('radio').nth(1).check();
  await page.getByRole('link', { name: /Current prevention activities/ }).click();
  await page.getByRole('group', { name: /Are there current activities/ }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('group', { name: /Which groups at risk do these activities reach/ }).getByRole('checkbox', { name: /Temporary foreign workers/ }).check();
  await expectSaved(page);

  await page.goto(page.url().replace(/\/respondents\/.*$/, '/analysis'));
  await expect(page.getByRole('heading', { level: 1, name: /Analysis – Pine Lake/ })).toBeVisible();
  const concern = page.getByRole('figure', { name: 'Groups at risk', exact: true });
  await expect(concern.getByRole('img')).toBeVisible();
  // The chart itself is drawn, not only its frame: bars and their labels.
  await expect(concern.locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  await expect(concern.locator('svg')).toContainText('Street-involved');
  // Pointing at a bar gives its value as the table does.
  await concern.locator('svg .recharts-bar-rectangle').first().hover();
  await expect(concern.locator('.recharts-tooltip-wrapper')).toContainText(/\d+ \/ 100/);
  await expect(concern.locator('.recharts-tooltip-wrapper')).not.toContainText('value');
  await concern.getByText('Show the figures as a table').click();
  await expect(concern.getByRole('row', { name: /Street-involved, runaway and homeless youth/ })).toContainText('100');
  await expect(concern.getByRole('row', { name: /Street-involved, runaway and homeless youth/ })).toContainText('fewer than 5');
  await expect(page.getByRole('heading', { name: 'Gaps, ranked by priority' })).toBeVisible();
  await expect(page.getByText(/A group of high concern that no activity reaches: Street-involved, runaway and homeless youth/)).toBeVisible();
  // The analysis ran off the page, in its own worker.
  const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /analysis-worker-[\w-]+\.js$/.test(e.name)).length);
  expect(workers).toBe(1);
  await expectNoAxeViolations(page);
  // A priority changed before anyone drafts the plan: the plan still starts from the top gaps.
  const gap = page.locator('.gap').filter({ hasText: /no activity reaches: Street-involved/ }).first();
  await gap.getByRole('button', { name: /Change the priority of/ }).click();
  await gap.getByLabel('New priority (0–100)').fill('97');
  await gap.getByLabel(/Reason/).fill('The youth council asked for it first.');
  await gap.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByText(/Set to 97 by the group/)).toBeVisible();

  await page.getByRole('link', { name: 'Draft the action plan' }).click();
  await page.getByRole('button', { name: /Start from the top \d+ gaps/ }).click();
  await expect(page.getByRole('heading', { name: 'Priority 1' })).toBeVisible();
  await expect(page.getByLabel('Priority', { exact: true }).first()).toHaveValue(/Street-involved, runaway and homeless youth/);
  await page.getByLabel('Problem statement').fill('Young people leaving care are approached at the bus terminal.');
  await expect(page.getByText('Plan saved')).toBeVisible();
  // An action removed by mistake comes back with Undo; the focus stays on the priority's actions.
  const first = page.getByRole('region', { name: 'Priority 1' });
  await first.getByRole('button', { name: 'Add an action' }).click();
  await first.getByLabel('What will be done').fill('Outreach van at the bus terminal on Friday nights');
  await first.getByRole('button', { name: 'Remove action 1' }).click();
  await expect(first.getByLabel('What will be done')).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Add an action' })).toBeFocused();
  await expect(page.getByText('Action 1 of priority 1 was removed.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(first.getByLabel('What will be done')).toHaveValue('Outreach van at the bus terminal on Friday nights');
  await first.getByRole('button', { name: 'Add an indicator' }).click();
  await first.getByLabel('Indicator', { exact: true }).fill('Young people met per month');
  await first.getByRole('button', { name: 'Remove indicator 1' }).click();
  await expect(first.getByRole('button', { name: 'Add an indicator' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(first.getByLabel('Indicator', { exact: true })).toHaveValue('Young people met per month');
  await expect(page.getByText('Plan saved')).toBeVisible();
  // Moving a priority with the keyboard keeps the focus on its buttons, so it can be moved again.
  await page.getByRole('button', { name: 'Add a priority' }).click();
  const title = await page.getByRole('region', { name: 'Priority 1' }).getByLabel('Priority', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'Move down: Priority 1' }).press('Enter');
  // Now last, it cannot go further down: the focus is on the way back up.
  await expect(page.getByRole('button', { name: 'Move up: Priority 2' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Priority 2' }).getByLabel('Priority', { exact: true })).toHaveValue(title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move down: Priority 1' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Priority 1' }).getByLabel('Priority', { exact: true })).toHaveValue(title);
  await page.getByRole('button', { name: 'Remove priority 2' }).click();
  await expect(page.getByRole('button', { name: 'Add a priority' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Problem statement')).toHaveValue('Young people leaving care are approached at the bus terminal.');
  await expect(page.getByRole('region', { name: 'Priority 1' }).getByLabel('What will be done')).toHaveValue('Outreach van at the bus terminal on Friday nights');
  await page.getByRole('link', { name: 'Analysis' }).click();
  await expect(page.getByText(/Set to 97 by the group: “The youth council asked for it first/)).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Problem statement')).toBeVisible();

  await page.getByRole('radio', { name: 'Français' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^.*pine-lake-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = join(testTempDir('lsa-pdf-'), file.suggestedFilename());
  await file.saveAs(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Pine Lake');
  expect(text).toContain('Young people leaving care are approached at the bus terminal.');
  expect(text).toMatch(/Plan d’action|plan d’action/);
  await expect(page.getByText(/was made/)).toBeVisible();
});

test('the analysis open in another tab follows the answers as they are typed', async ({ page, context }) => {
  await startRapidScan(page, 'Cedar Falls');
  await page.getByRole('link', { name: /Current prevention activities/ }).click();
  await page.getByRole('group', { name: /Are there current activities/ }).getByRole('radio', { name: 'Yes' }).check();
  const reach = page.getByRole('group', { name: /Which groups at risk do these activities reach/ });
  await reach.getByRole('checkbox', { name: /Temporary foreign workers/ }).check();
  await expectSaved(page);
  const analysis = await context.newPage();
  await analysis.goto(page.url().replace(/\/respondents\/.*$/, '/analysis'));
  const unreached = analysis.getByText(/A group of high concern that no activity reaches: Street-involved, runaway and homeless youth/);
  await expect(unreached).toBeVisible();
  // The activities reach the group too, answered in the first tab: the gap goes, no reload.
  await reach.getByRole('checkbox', { name: /Street-involved, runaway and homeless youth/ }).check();
  await expectSaved(page);
  await expect(unreached).toHaveCount(0);
  await expect(analysis.getByRole('heading', { level: 1, name: /Analysis – Cedar Falls/ })).toBeVisible();
});

test('the example audit: analysis with coverage and duplicates, a priority changed with a reason, the drafted plan', async ({ page }) => {
  // Axe runs on these screens in the test above; here the large example would take a minute.
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Analysis – Riverbend/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/9 respondents/)).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Groups at risk reached by current activities' })).toBeVisible();
  await expect(page.getByText(/possibly the same as: .*Youth Shelter/).first()).toBeVisible();
  // How many respondents named an organisation is banded like every small count.
  await expect(page.getByText(/listed by fewer than 5 respondents/).first()).toBeVisible();
  // A chart that draws the first dozen says the table lists them all.
  await expect(page.getByText('The chart draws the 12 of most concern; the table lists all 13.')).toBeVisible();
  await expect(page.getByText(/listed by [1-4] respondents?\)/)).toHaveCount(0);

  // A gap named by few sources keeps its count banded in the explanation of its score too.
  const few = page.locator('.gap').filter({ hasText: 'Named or shown by: fewer than 5' }).first();
  await few.locator('summary').click();
  await expect(few.locator('.score-parts')).toContainText('sources: fewer than 5, full weight from 3');
  // The factors shown multiply to the score shown.
  const factors = (await few.locator('.score-parts li').allTextContents()).map((line) => Number(/\d+(\.\d+)?/.exec(line)?.[0]));
  const score = Number(await few.locator('.gap-score').textContent());
  expect(factors).toHaveLength(3);
  expect(Math.round(100 * factors.reduce((a, b) => a * b, 1))).toBe(score);

  const gap = page.getByRole('listitem').filter({ hasText: /no labour inspection partner: Agriculture/ }).first();
  await gap.getByRole('button', { name: /Change the priority of/ }).press('Enter');
  await expect(gap.getByLabel('New priority (0–100)')).toBeFocused();
  // An empty priority is not read as 0, and a reason longer than a plan file holds cannot be typed.
  await gap.getByLabel('New priority (0–100)').fill('');
  await gap.getByRole('button', { name: 'Save the change' }).click();
  await expect(gap.getByText('Enter a number from 0 to 100.')).toBeVisible();
  await expect(gap.getByText('Give the reason for this change.')).toBeVisible();
  // Out of bounds: the app's own message, not the browser's, and the focus on the box to fix.
  await gap.getByLabel('New priority (0–100)').fill('150');
  await gap.getByRole('button', { name: 'Save the change' }).click();
  await expect(gap.getByText('Enter a number from 0 to 100.')).toBeVisible();
  await expect(gap.getByLabel('New priority (0–100)')).toBeFocused();
  await gap.getByLabel('New priority (0–100)').fill('95');
  await gap.getByRole('button', { name: 'Save the change' }).click();
  await expect(gap.getByLabel(/Reason/)).toBeFocused();
  await gap.getByLabel('New priority (0–100)').fill('95');
  await gap.getByLabel(/Reason/).fill('x'.repeat(1200));
  await expect(gap.getByLabel(/Reason/)).toHaveValue('x'.repeat(1000));
  await gap.getByLabel(/Reason/).fill('Harvest season starts in June; inspectors agreed to join.');
  await gap.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByText(/Set to 95 by the group: “Harvest season starts in June/)).toBeVisible();
  // The gap moved up the list; the focus went with it, back on its button.
  await expect(page.getByRole('button', { name: /Change the priority of .*no labour inspection partner: Agriculture/ })).toBeFocused();

  await page.getByRole('link', { name: 'Draft the action plan' }).click();
  await expect(page.getByRole('heading', { name: 'Priority 5' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the plan still needs' })).toBeVisible();
  // A supporting partner the register does not name is on screen, ticked, as the printed plan lists it.
  const outside = page.getByRole('region', { name: 'Priority 5' }).getByRole('checkbox', { name: 'Riverbend Chamber of Commerce (not in the partner register)' });
  await expect(outside).toBeChecked();
  await outside.click();
  await expect(outside).toHaveCount(0);
  await expect(page.getByText('Plan saved')).toBeVisible();
  await page.goto('./');
  await page.getByRole('button', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Analysis – Riverbend/ })).toBeVisible();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 2, name: 'Riverbend' })).toHaveCount(1);
});

test('the printed plan made in the app is the one the command line makes from the same audit', async ({ page }) => {
  test.setTimeout(120_000);
  await openExamplePlan(page);
  await page.getByRole('radio', { name: 'English' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the PDF' }).click();
  const file = await download;
  const date = /(\d{4}-\d{2}-\d{2})\.pdf$/.exec(file.suggestedFilename())?.[1];
  if (!date) throw new Error(`no date in ${file.suggestedFilename()}`);
  const dir = testTempDir('lsa-same-pdf-');
  const fromApp = join(dir, 'app.pdf');
  const fromCli = join(dir, 'cli.pdf');
  await file.saveAs(fromApp);
  execFileSync('npx', ['tsx', 'src/cli/main.ts', 'report', 'tests/fixtures/example-audit.bundle.json', '--out', fromCli, '--date', date], { stdio: 'pipe' });
  const text = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  const app = text(fromApp);
  expect(app).toContain('Riverbend');
  expect(app.split('\n')).toEqual(text(fromCli).split('\n'));
});

test('a change of priority whose gap the answers no longer show is named as it was, and can be removed', async ({ page }) => {
  test.setTimeout(120_000);
  const bundle = JSON.parse(readFileSync('tests/fixtures/example-audit.bundle.json', 'utf8')) as { plan: { overrides: unknown[] } };
  bundle.plan.overrides.push({ gapId: 'uncovered-group:seasonal-pickers', gapName: 'Group no activity reaches: Seasonal pickers', score: 88, reason: 'Harvest season', at: 1_700_000_000_000 });
  const path = join(testTempDir('lsa-unmatched-'), 'riverbend.json');
  writeFileSync(path, JSON.stringify(bundle));
  await page.goto('./');
  await page.getByLabel('Open an audit file').setInputFiles(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Riverbend' })).toBeVisible();
  await page.getByRole('link', { name: 'Analysis' }).click();
  await expect(page.getByText('An earlier change of priority no longer matches a gap (the answers changed):')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('listitem').filter({ hasText: 'Group no activity reaches: Seasonal pickers: set to 88 (“Harvest season”)' })).toBeVisible();
  await expect(page.getByText('uncovered-group:seasonal-pickers')).toHaveCount(0);
  // The large example's whole screen takes a minute under axe; its gaps part holds the change.
  await expectNoAxeViolations(page, 'section[aria-labelledby="gaps-title"]');
  await page.getByRole('button', { name: 'Remove this change from the plan' }).click();
  await expect(page.getByText(/no longer matches a gap/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Gaps, ranked by priority' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/no longer matches a gap/)).toHaveCount(0);
  // The other changes of priority stay.
  await expect(page.getByText(/Set to \d+ by the group/).first()).toBeVisible();
});

test('two tabs typing into different parts of the plan at once keep both, and a change of priority saved meanwhile stays', async ({ page, context }) => {
  await openExamplePlan(page);
  const other = await context.newPage();
  await other.goto(page.url());
  const analysis = await context.newPage();
  await analysis.goto(page.url().replace(/plan$/, 'analysis'));
  const resources = (tab: Page, priority: number) => tab.getByRole('region', { name: `Priority ${priority}` }).getByLabel('Resources').first();
  await resources(page, 3).click();
  await page.keyboard.press('End');
  await resources(other, 4).click();
  await other.keyboard.press('End');
  // A change of priority on the analysis screen, saved while both tabs type.
  const gap = analysis.locator('.gap').filter({ hasNot: analysis.locator('.override-note') }).nth(2);
  await gap.getByRole('button', { name: /Change the priority of/ }).click();
  await gap.getByLabel('New priority (0–100)').fill('61');
  await gap.getByLabel(/Reason/).fill('Raised by the youth council');
  await Promise.all([
    resources(page, 3).pressSequentially(' typed in the first tab', { delay: 60 }),
    resources(other, 4).pressSequentially(' typed in the second tab', { delay: 60 }),
    analysis.waitForTimeout(500).then(() => analysis.getByRole('button', { name: 'Save the change' }).click()),
  ]);
  await expect(page.getByText('Plan saved')).toBeVisible();
  await expect(other.getByText('Plan saved')).toBeVisible();
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(resources(fresh, 3)).toHaveValue(/ typed in the first tab$/);
  await expect(resources(fresh, 4)).toHaveValue(/ typed in the second tab$/);
  await fresh.goto(page.url().replace(/plan$/, 'analysis'));
  await expect(fresh.getByText(/Set to 61 by the group: “Raised by the youth council/)).toBeVisible({ timeout: 20_000 });
  // Each tab shows the other's typing once its person leaves the form.
  await resources(page, 3).blur();
  await expect(resources(page, 4)).toHaveValue(/ typed in the second tab$/);
});

test('an action ending before it starts is said at its end date, and its lead is not offered as its own supporting partner', async ({ page }) => {
  await openExamplePlan(page);
  const action = page.getByRole('region', { name: 'Priority 1' }).locator('.plan-entry').first();
  await action.getByLabel('Start', { exact: true }).fill('2027-06-01');
  await action.getByLabel('End', { exact: true }).fill('2027-03-01');
  await expect(action.getByLabel('End', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(action.getByLabel('End', { exact: true })).toHaveAccessibleDescription('The end is before the start.');
  await action.getByLabel('End', { exact: true }).fill('2027-09-01');
  await expect(action.getByText('The end is before the start.')).toHaveCount(0);
  const lead = await action.getByLabel('Lead partner').locator('option:checked').textContent();
  expect(lead).toBeTruthy();
  const supporting = action.getByRole('group', { name: 'Supporting partners' });
  await expect(supporting.getByRole('checkbox', { name: lead ?? '', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('undo never gives a plan more priorities than a plan file holds, and an action that comes back takes the focus', async ({ page }) => {
  await openExamplePlan(page);
  const priorities = page.getByRole('heading', { name: /^Priority \d$/ });
  while ((await priorities.count()) < 7) await page.getByRole('button', { name: 'Add a priority' }).click();
  await page.getByRole('button', { name: 'Remove priority 1' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await page.getByRole('button', { name: 'Add a priority' }).click();
  await undo.click();
  await expect(page.getByText('What was removed could not come back: the plan already holds as many as it can.')).toBeVisible();
  await expect(priorities).toHaveCount(7);
  // An action removed with the keyboard, then Undo: the focus is in the action that came back.
  const first = page.getByRole('region', { name: 'Priority 1' });
  const description = await first.getByLabel('What will be done').first().inputValue();
  await first.getByRole('button', { name: 'Remove action 1' }).press('Enter');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(first.getByLabel('What will be done').first()).toBeFocused();
  await expect(first.getByLabel('What will be done').first()).toHaveValue(description);
});

test('a plan edit typed the instant before a reload is there after it', async ({ page }) => {
  test.setTimeout(120_000);
  await openExamplePlan(page);
  const objective = page.getByRole('region', { name: 'Priority 1' }).getByLabel('Measurable objective');
  await objective.fill('');
  await objective.pressSequentially('Typed, then reloaded at once');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Priority 1' }).getByLabel('Measurable objective')).toHaveValue('Typed, then reloaded at once');
});

test('a priority takes actions and indicators up to what a plan file holds, then says so', async ({ page }) => {
  test.setTimeout(120_000);
  await openExamplePlan(page);
  const first = page.getByRole('region', { name: 'Priority 1' });
  const addAction = first.getByRole('button', { name: 'Add an action' });
  await expect(addAction).toBeVisible();
  while ((await addAction.count()) > 0) await addAction.click();
  await expect(first.getByText('This priority has 50 actions, the most a plan holds.')).toBeVisible();
  await expect(first.getByLabel('What will be done')).toHaveCount(50);
  const addIndicator = first.getByRole('button', { name: 'Add an indicator' });
  while ((await addIndicator.count()) > 0) await addIndicator.click();
  await expect(first.getByText('This priority has 30 indicators, the most a plan holds.')).toBeVisible();
  await expect(first.getByLabel('Indicator', { exact: true })).toHaveCount(30);
  // The plan as full as a plan file allows is saved, and comes back.
  await expect(page.getByText('Plan saved')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Priority 1' }).getByLabel('What will be done')).toHaveCount(50);
});
