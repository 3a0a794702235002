/**
 * Firefox smoke test: firefox-esr (headless, via puppeteer-core and WebDriver
 * BiDi) with the firefox-mv3 build installed as a temporary add-on; a seed
 * article served on 127.0.0.1 gets its claims highlighted (which also proves
 * that the content script's dynamic `import()` of /session.js, an ES module,
 * hands over its exports in Firefox). Firefox refuses
 * to open moz-extension:// pages this way, so the popup is tested in Chromium.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { root, serve, until } from './harness';
import { SITE_CSS, seedPage, seeds } from './pages';

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, base } = await serve({ '/news/dw': { body: seedPage(seeds.find((s) => s.id === 'dw')!) }, '/site.css': { body: SITE_CSS, type: 'text/css' } }));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // Keep Firefox off the network: no updates, telemetry, captive-portal or connectivity checks.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  await browser.installExtension(join(root, '.output/firefox-mv3'));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

it('firefox-esr: the content script highlights a seed article; a click opens a styled card under a strict CSP', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/news/dw`);
  const names = await until(
    () =>
      page.evaluate(() => {
        const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        if (!reg) return null;
        const out: string[] = [];
        for (const [name, h] of reg) for (const r of h) out.push(`${name}: ${r.toString()}`);
        return out.length ? out : null;
      }),
    'highlights in Firefox',
    20_000,
  );
  expect(names.some((n) => n.startsWith('crosscheck-'))).toBe(true);
  // Marking by default: what needs attention, unverified claims faintly, supported claims not at all.
  expect(names.some((n) => n.startsWith('crosscheck-unverified'))).toBe(true);
  expect(names.some((n) => n.startsWith('crosscheck-supported'))).toBe(false);
  // Nothing marked outside the article (the related-links aside mentions other launches).
  const stray = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: string[] = [];
    for (const [, h] of reg) for (const r of h) if (r.startContainer.parentElement?.closest('aside, footer, nav')) out.push(r.toString());
    return out;
  });
  expect(stray).toEqual([]);
  // Click a highlighted claim: the card opens, styled (position: fixed) despite the page's strict CSP.
  const point = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const r = [...(reg.get('crosscheck-disputed') ?? reg.get('crosscheck-unverified')!)][0]!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + Math.min(5, rect.width / 2), y: rect.top + rect.height / 2, text: r.toString() };
  });
  await page.mouse.click(point.x, point.y);
  const card = await until(
    () =>
      page.evaluate(() => {
        const el = document.querySelector('crosscheck-ui')?.shadowRoot?.querySelector('.cc-card');
        return el ? { text: el.textContent ?? '', position: getComputedStyle(el).position } : null;
      }),
    'card in Firefox',
  );
  expect(card.text).toContain(point.text);
  expect(card.position).toBe('fixed');
});
