/**
 * What the reader sees by default, in Chromium: marks for what needs
 * attention (contradicted and disputed clearly, unverified faintly, supported
 * not at all, yet a supported claim's card opens on hover), the marking
 * switched live from the settings, the `step-claim` command (sent from the
 * service worker as the background's commands do) stepping through the
 * claims needing attention only, and the polite live region in the
 * extension's overlay.
 */
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, marks, serve, setMarks, stepClaim, until, type Launched } from './harness';
import { expected, sortMarks } from './expected';
import { SITE_CSS, demoPage, seedPage, seeds } from './pages';

let server: Server;
let base: string;
let b: Launched;
const calm = seeds.find((s) => s.id === 'wire-rewrite')!;

beforeAll(async () => {
  ({ server, base } = await serve({
    '/site.css': { body: SITE_CSS, type: 'text/css' },
    '/news/demo': { body: demoPage() },
    '/news/calm': { body: seedPage(calm) },
  }));
  b = await launchChromium();
});

afterAll(async () => {
  await b?.context.close();
  server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`${base}${path}`);
  return page;
}

const ATTENTION = new Set(['contradicted', 'disputed']);
const verdictOf = (name: string) => name.replace('crosscheck-', '');
const liveRegion = (page: Page) => page.evaluate(() => document.querySelector('crosscheck-ui')?.shadowRoot?.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? null);

/** The viewport box of the first occurrence of `text` in the page's article. */
const boxOfText = (page: Page, text: string) =>
  page.evaluate((t) => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + Math.min(6, rect.width / 2), y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);

it('by default only what needs attention is marked (unverified faintly); a supported claim still opens its card on hover; the marking follows the settings live', async () => {
  const page = await open('/news/demo');
  const want = expected(demoPage());
  const flagged = want.filter((w) => w.verdict !== 'supported');
  expect(flagged.length).toBeGreaterThan(2);
  expect(want.some((w) => w.verdict === 'supported')).toBe(true);
  const got = await until(async () => {
    const m = (await marks(page)).filter((x) => !/focus|flash/.test(x.name));
    return m.length >= flagged.length ? m : null;
  }, 'attention marks');
  expect(sortMarks(got.map((m) => ({ text: m.text, verdict: verdictOf(m.name) })))).toEqual(sortMarks(flagged));
  expect(got.some((m) => m.name === 'crosscheck-supported')).toBe(false);

  // The live region says how many claims need attention.
  const n = want.filter((w) => ATTENTION.has(w.verdict)).length;
  await until(async () => (await liveRegion(page)) === `${n} claims need attention on this page.`, 'live region');

  // Hovering a supported claim's words opens its card, and the claim is then highlighted (focus).
  const supported = want.find((w) => w.verdict === 'supported' && w.text.length > 8)!;
  const box = (await boxOfText(page, supported.text))!;
  await page.mouse.move(box.x - 40, box.y + 60);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  const card = page.locator('crosscheck-ui .cc-card');
  await card.waitFor({ timeout: 5000 });
  expect(await card.textContent()).toContain(supported.text);
  expect((await marks(page)).find((m) => m.name === 'crosscheck-focus')?.text).toBe(supported.text);

  // "Mark all claims" from the settings, live: supported claims get their marks; back to attention: they lose them.
  await setMarks(b.sw, 'all');
  await until(async () => (await marks(page)).filter((m) => m.name === 'crosscheck-supported').length === want.filter((w) => w.verdict === 'supported').length, 'supported marks in "all" mode');
  await setMarks(b.sw, 'attention');
  await until(async () => !(await marks(page)).some((m) => m.name === 'crosscheck-supported'), 'supported marks gone again');
  await page.close();
});

it('the step-claim command opens the card on each claim needing attention in turn, and only those; Escape closes it', async () => {
  const page = await open('/news/demo');
  const want = expected(demoPage()).filter((w) => ATTENTION.has(w.verdict));
  await until(async () => (await marks(page)).some((m) => m.name === 'crosscheck-contradicted'), 'marks');
  const card = page.locator('crosscheck-ui .cc-card');
  const seen: string[] = [];
  for (let i = 0; i < want.length; i++) {
    const reply = await stepClaim(b.sw, page, 'next');
    expect(reply).toEqual({ ok: true, attention: want.length });
    await card.waitFor({ timeout: 3000 });
    const text = await until(async () => {
      const t = (await card.locator('.cc-claim').textContent()) ?? '';
      return t && !seen.includes(t) ? t : null;
    }, `card ${i + 1}`, 3000);
    seen.push(text);
    // Focus is in the card (its host, from the page's side).
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CROSSCHECK-UI');
  }
  // Every claim needing attention was shown once, no other.
  for (const w of want) expect(seen.filter((t) => t.includes(`“${w.text}”`))).toHaveLength(1);
  // Next wraps around to the first; previous goes back to the last.
  await stepClaim(b.sw, page, 'next');
  await until(async () => (await card.locator('.cc-claim').textContent()) === seen[0], 'wrapped to the first', 3000);
  await stepClaim(b.sw, page, 'previous');
  await until(async () => (await card.locator('.cc-claim').textContent()) === seen.at(-1), 'back to the last', 3000);
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached', timeout: 3000 });
  await page.close();
});

it('on a page where nothing needs attention, step-claim opens nothing and the live region says so', async () => {
  const page = await open('/news/calm');
  expect(expected(seedPage(calm)).some((w) => ATTENTION.has(w.verdict))).toBe(false);
  // The page is read (its result reaches the background) before the command is sent.
  await page.waitForTimeout(1500);
  const reply = await until(async () => {
    const r = await stepClaim(b.sw, page, 'next').catch(() => null);
    return r ?? null;
  }, 'a reply from the page');
  expect(reply).toEqual({ ok: false, attention: 0 });
  await until(async () => (await liveRegion(page)) === 'No claims need attention on this page.', 'live region: none');
  expect(await page.locator('crosscheck-ui .cc-card').count()).toBe(0);
  await page.close();
});
