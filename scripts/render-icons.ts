/**
 * Renders assets/icon.svg to the toolbar and store icons, public/icon/<size>.png
 * (16, 32, 48, 96, 128), with Debian's Chromium through playwright-core: the
 * SVG drawn at each size on a transparent page and screenshot. WXT puts
 * public/icon/*.png in the manifest's `icons`. Run: npx tsx scripts/render-icons.ts
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const out = join(root, 'public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${data}" width="${size}" height="${size}" style="display:block"></body></html>`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
