import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { expectSaved } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { buildVersionB, serveBuild } from './support/served-build';
import { setDeviceFull, writeSwitches } from './support/device';
import { testTempDir } from './support/test-temp-dir';

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
}

/**
 * Some Chromium builds report navigator.onLine as true in a page reloaded under offline
 * emulation (the network stays cut); the signal dropping while the app is open, the
 * 'offline' event, is what a person in the field meets, so drop it again.
 */
async function dropSignal(context: BrowserContext) {
  await context.setOffline(false);
  await context.setOffline(true);
}

async function newAuditWithRespondent(page: Page, base: string, locality: string, template = /Rapid scan/) {
  await page.goto(`${base}#/audits/new`);
  await page.getByRole('radio', { name: template }).check();
  await page.getByLabel('Locality').fill(locality);
  await page.getByLabel('Lead organization').fill('Town hall');
  await page.getByRole('button', { name: 'Create the audit' }).click();
  await page.getByRole('button', { name: 'Add the respondent' }).click();
  await expect(page.getByRole('checkbox', { name: /I have read this notice/ })).toBeVisible();
}

test('works with no network and no server once loaded: create, answer, reload, lazy screens', async ({ page, context }) => {
  // A host whose answers vary by origin (vite preview's, many CDNs'): the cached files must still match.
  const served = await serveBuild(undefined, { Vary: 'Origin' });
  await page.goto(served.url);
  await waitForServiceWorker(page);
  await served.close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Audits' })).toBeVisible();
  await dropSignal(context);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();

  await newAuditWithRespondent(page, served.url, 'Remote camp');
  await page.getByRole('checkbox', { name: /I have read this notice/ }).check();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /I have read this notice/ })).toBeChecked();

  await page.goto(`${served.url}#/templates`);
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire templates' })).toBeVisible();
  await page.goto(`${served.url}#/settings`);
  await dropSignal(context);
  await expect(page.getByText('No network: everything still works and is saved on this device', { exact: true })).toBeVisible();
});

test('a new version waits for the person, then opens on the same data; old audits keep their template', async ({ page }) => {
  test.setTimeout(180_000);
  const versionB = buildVersionB();
  const served = await serveBuild();
  await page.goto(served.url);
  await waitForServiceWorker(page);
  await newAuditWithRespondent(page, served.url, 'Old town');
  const runner = page.url();
  await page.getByRole('checkbox', { name: /I have read this notice/ }).check();
  await expectSaved(page);

  served.swap(versionB);
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.goto(`${served.url}#/settings`);
  await page.getByRole('button', { name: 'Check for a new version' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'A new version of the app is ready' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  await banner.getByRole('button', { name: 'Reload now' }).click();
  await expect(page.getByText('Version 0.1.0+B')).toBeVisible({ timeout: 30_000 });
  await page.goto(runner);
  await expect(page.getByRole('checkbox', { name: /I have read this notice/ })).toBeChecked();
  await page.goto(`${served.url}#/`);
  await expect(page.getByRole('article', { name: 'Old town' })).toContainText('Rapid scan: trafficking in persons');
  await expect(page.getByRole('article', { name: 'Old town' })).not.toContainText('(revised)');
  await page.goto(`${served.url}#/audits/new`);
  await expect(page.getByRole('radio', { name: /Rapid scan: trafficking in persons \(revised\)/ })).toBeVisible();
  await served.close();
});

test('a failed write (storage full) says so, keeps the answer on screen and loses nothing saved', async ({ page }) => {
  await page.addInitScript(writeSwitches);
  await newAuditWithRespondent(page, './', 'Full disk');
  await page.getByRole('checkbox', { name: /I have read this notice/ }).check();
  await expectSaved(page);
  await setDeviceFull(page, true);
  await page.getByLabel('Date of the scan').fill('2026-05-04');
  const alert = page.getByRole('alert').filter({ hasText: 'run out of storage space' });
  await expect(alert).toBeVisible();
  await expect(page.getByLabel('Date of the scan')).toHaveValue('2026-05-04');

  await setDeviceFull(page, false);
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /I have read this notice/ })).toBeChecked();
  await expect(page.getByLabel('Date of the scan')).toHaveValue('2026-05-04');
});

test('no request ever leaves the app\'s origin during a full session', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await newAuditWithRespondent(page, './', 'Quiet town');
  await page.getByRole('checkbox', { name: /I have read this notice/ }).check();
  await page.getByRole('button', { name: 'Next section' }).click();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.goto('./#/templates');
  await page.goto('./#/settings');
  await page.goto('./#/trash');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 2, name: 'Quiet town' })).toBeVisible();
  expect(outside).toEqual([]);
});

test('is installable: manifest in English and French, icons, service worker', async ({ request, baseURL }) => {
  // A real profile: Chromium never offers installation in an incognito context.
  const context = await chromium.launchPersistentContext(testTempDir('lsa-profile-'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('./');
  await waitForServiceWorker(page);
  const manifest = (await (await request.get('./manifest.webmanifest')).json()) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: 'Local Safety Audit', short_name: 'Safety Audit', display: 'standalone', start_url: './', lang: 'en' });
  const french = (await (await request.get('./manifest-fr.webmanifest')).json()) as Record<string, unknown>;
  expect(french).toMatchObject({ name: 'Audit local de sécurité', lang: 'fr', display: 'standalone' });
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const size = Number(icon.sizes.split('x')[0]);
    const dimensions = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, icon.src);
    expect(dimensions).toEqual([size, size]);
  }
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  await context.close();
});

test('once installed, the app reads its code straight from the cache, and the page announces the code every screen needs', async ({ page }) => {
  const served = await serveBuild();
  await page.goto(served.url);
  await waitForServiceWorker(page);
  // Every screen renders through the boot module: the page itself asks for it, with its styles.
  const html = await (await page.request.get(served.url)).text();
  expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\.\/assets\/boot-[\w-]+\.js">/);
  expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\.\/assets\/boot-[\w-]+\.css">/);
  // The entry does not wait for the styles before it starts a deep link's loads, and is
  // fetched first rather than last (an async script's priority is low).
  expect(html).toMatch(/<script type="module" async fetchpriority="high" crossorigin src="\.\/assets\/index-[\w-]+\.js">/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Audits' })).toBeVisible();
  const sources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/[^/]+\.(js|css)$/.test(e.name))
      .map((e) => `${e.name.replace(/.*\/assets\//, '')} ${String((e as PerformanceResourceTiming & { workerFinalSourceType?: string }).workerFinalSourceType)}`),
  );
  expect(sources.length).toBeGreaterThan(3);
  // The static route of sw-routes.js answers from Cache Storage; the worker's script never runs for these.
  expect(sources.filter((s) => !s.endsWith(' cache'))).toEqual([]);
  await served.close();
});
