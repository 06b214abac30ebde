// Renders the app icons (PNG) from SVG in Debian Chromium; run when the icon changes:
//   npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

const shield = (scale: number) => `
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <path d="M256 64 400 120v104c0 96-64 160-144 192-80-32-144-96-144-192V120z" fill="#fff"/>
    <path d="m192 256 48 48 88-104" fill="none" stroke="#0b5cab" stroke-width="40" stroke-linecap="round" stroke-linejoin="round"/>
  </g>`;
// "any": rounded square; "maskable": full bleed with the shield inside the 80% safe zone.
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#0b5cab"/>${shield(1)}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#0b5cab"/>${shield(0.72)}</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [name, svg, size] of [['icon-192.png', any, 192], ['icon-512.png', any, 512], ['maskable-512.png', maskable, 512]] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  writeFileSync(`public/icons/${name}`, await page.screenshot({ omitBackground: true }));
}
writeFileSync('public/favicon.svg', any);
await browser.close();
console.log('icons written to public/icons/');
