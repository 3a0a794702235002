/**
 * End-to-end in Debian's Chromium with the unpacked chrome-mv3 build:
 * seed articles as news pages (right claims, right verdicts, nothing marked
 * in asides or footers, under a strict CSP), an unrelated page, drafts in a
 * contenteditable and a textarea (flagged while typing; the extension changes
 * nothing in them), a single-page app, the popup (claims, click to scroll,
 * copy report), the badge, and no request leaving 127.0.0.1.
 */
import type { Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, badgeText, launchChromium, marks, root, serve, setMarks, stepClaim, tabIdOf, until, type Launched } from './harness';
import { expected, sortMarks } from './expected';
import { FORM_CSS, LATE_JS, LIVE_JS, SITE_CSS, SPA_JS, WC_JS, demoPage, draftPage, formPage, latePage, livePage, seedPage, seeds, shadowPage, spaPage, unrelatedPage } from './pages';

const DOCS = join(root, 'docs');
const SHOTS = process.env.CROSSCHECK_SCREENSHOTS === '1';


let server: Server;
let base: string;
let b: Launched;

beforeAll(async () => {
  const routes: Parameters<typeof serve>[0] = {
    '/site.css': { body: SITE_CSS, type: 'text/css' },
    '/spa.js': { body: SPA_JS, type: 'text/javascript' },
    '/unrelated': { body: unrelatedPage() },
    '/news/demo': { body: demoPage() },
    '/fixture/news-page': { body: readFileSync(join(root, 'tests/fixtures/news-page.html'), 'utf8') },
    '/live': { body: livePage() },
    '/late': { body: latePage() },
    '/late.js': { body: LATE_JS, type: 'text/javascript' },
    '/shadow': { body: shadowPage() },
    '/wc.js': { body: WC_JS, type: 'text/javascript' },
    '/live.js': { body: LIVE_JS, type: 'text/javascript' },
    '/draft': { body: draftPage() },
    '/spa': { body: spaPage(seeds[4]!, seeds[2]!) },
    '/form.css': { body: FORM_CSS, type: 'text/css' },
    '/form': { body: formPage(false) },
    '/form-wide': { body: formPage(true) },
  };
  for (const s of seeds) routes[`/news/${s.id}`] = { body: seedPage(s) };
  ({ server, base } = await serve(routes));
  b = await launchChromium();
  // Most tests compare every claim the engine finds with what is marked; the default marking
  // (attention only) has its own tests below.
  await setMarks(b.sw, 'all');
  if (SHOTS) mkdirSync(DOCS, { recursive: true });
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

describe('seed articles as news pages', () => {
  for (const seed of seeds) {
    it(`${seed.id}: marks the engine's claims with their verdicts, nothing in the aside or footer`, async () => {
      const page = await open(`/news/${seed.id}`);
      const want = expected(seedPage(seed));
      expect(want.length).toBeGreaterThan(3);
      const got = await until(async () => {
        const m = (await marks(page)).filter((x) => /^crosscheck-(contradicted|disputed|unverified|supported)$/.test(x.name));
        return m.length >= want.length ? m : null;
      }, 'highlights');
      expect(got.filter((m) => m.region !== 'article')).toEqual([]);
      expect(sortMarks(got.map((m) => ({ text: m.text, verdict: m.name.replace('crosscheck-', '') })))).toEqual(sortMarks(want));
      // The badge counts contradicted + disputed claims.
      const tabId = await tabIdOf(b.sw, page);
      const flagged = want.filter((w) => w.verdict === 'contradicted' || w.verdict === 'disputed').length;
      await until(async () => (await badgeText(b.sw, tabId)) === (flagged ? String(flagged) : ''), `badge ${flagged}`);
      await page.close();
    });
  }
});

it("the golden news-page fixture: what a fact-checker expects is marked, nothing in its related-links aside", async () => {
  const golden = JSON.parse(readFileSync(join(root, 'tests/fixtures/news-page.expected.json'), 'utf8')) as { claims: { text: string; verdict: string }[] };
  const page = await open('/fixture/news-page');
  const got = await until(async () => {
    const m = await marks(page);
    return m.length >= golden.claims.length ? m : null;
  }, 'marks');
  const seen = got.map((m) => ({ text: m.text, verdict: m.name.replace('crosscheck-', '') }));
  // The golden texts include hedges ("about 1,100 kilometres"); a claim's words are the figure itself.
  for (const want of golden.claims) {
    expect(seen.some((m) => m.verdict === want.verdict && (want.text.includes(m.text) || m.text.includes(want.text))), `${want.text} (${want.verdict})`).toBe(true);
  }
  expect(got.filter((m) => m.region !== 'article')).toEqual([]);
  expect(await page.evaluate(() => [...document.querySelectorAll('aside')].map((a) => a.textContent).join(' '))).toContain('400 km');
  await page.close();
});

it('a story with errors: contradicted, disputed, unverified and supported claims, a red badge', async () => {
  const page = await open('/news/demo');
  const want = expected(demoPage());
  expect(new Set(want.map((w) => w.verdict))).toEqual(new Set(['contradicted', 'disputed', 'unverified', 'supported']));
  const got = await until(async () => {
    const m = await marks(page);
    return m.length >= want.length ? m : null;
  }, 'highlights');
  expect(sortMarks(got.map((m) => ({ text: m.text, verdict: m.name.replace('crosscheck-', '') })))).toEqual(sortMarks(want));
  expect(got.find((m) => m.text === '300 kilometres')?.name).toBe('crosscheck-contradicted');
  const tabId = await tabIdOf(b.sw, page);
  const flagged = want.filter((w) => w.verdict === 'contradicted' || w.verdict === 'disputed').length;
  await until(async () => (await badgeText(b.sw, tabId)) === String(flagged), 'badge');
  const color = await b.sw.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  expect(color.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);
  // The popup's screenshots (light and dark) are taken in reader.test.ts.
  if (SHOTS) await page.screenshot({ path: join(DOCS, 'highlighted-page.png') });
  await page.close();
});

it('navigating the tab to another page clears its badge and stored result', async () => {
  const page = await open('/news/demo');
  const tabId = await tabIdOf(b.sw, page);
  await until(async () => (await badgeText(b.sw, tabId)) !== '', 'badge');
  await page.goto(`${base}/unrelated`);
  await until(async () => (await badgeText(b.sw, tabId)) === '', 'badge cleared');
  await until(async () => JSON.stringify(await b.sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId)) === '{}', 'result cleared');
  await page.close();
});

it('a story rendered a second after load: the dormant gate opens and the story is marked', async () => {
  const page = await open('/late');
  expect(await marks(page)).toEqual([]);
  const got = await until(async () => {
    const m = await marks(page);
    return m.some((x) => x.text === '300 kilometres') ? m : null;
  }, 'marks after late render');
  expect(got.find((m) => m.text === '300 kilometres')?.name).toBe('crosscheck-contradicted');
  await page.close();
});

it('an article inside an open shadow root (a web component) is read and marked', async () => {
  const page = await open('/shadow');
  const got = await until(async () => {
    const m = await marks(page);
    return m.some((x) => x.text === '300 kilometres') ? m : null;
  }, 'marks in the shadow root');
  expect(got.find((m) => m.text === '300 kilometres')?.name).toBe('crosscheck-contradicted');
  await page.close();
});

it('an unrelated page with numbers and units: nothing marked, badge empty, nothing reported', async () => {
  const page = await open('/unrelated');
  await page.waitForTimeout(1200);
  expect(await marks(page)).toEqual([]);
  const tabId = await tabIdOf(b.sw, page);
  expect(await badgeText(b.sw, tabId)).toBe('');
  const stored = await b.sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
  expect(stored).toEqual({});
  expect(await page.locator('crosscheck-ui').count()).toBe(0);
  await page.close();
});

describe('drafts', () => {
  it('a contenteditable block editor: a wrong figure is flagged as it is typed; the extension changes nothing in the page', async () => {
    const page = await open('/draft');
    await page.evaluate(() => {
      const w = window as unknown as { __foreign: string[] };
      w.__foreign = [];
      const editor = document.querySelector('.block-editor')!;
      new MutationObserver((records) => {
        for (const r of records) {
          // The one element the extension adds: its UI host (draft control, live region), as the last child of <html>.
          if (r.target === document.documentElement && Array.from(r.addedNodes).every((n) => n.nodeName === 'CROSSCHECK-UI')) continue;
          // Typing changes text and adds text nodes / line breaks inside the editor; anything else is foreign.
          const inEditor = editor.contains(r.target);
          const added = Array.from(r.addedNodes).filter((n) => n.nodeType !== 3 && n.nodeName !== 'BR' && n.nodeName !== 'P');
          if (inEditor && (r.type === 'characterData' || (r.type === 'childList' && added.length === 0))) continue;
          w.__foreign.push(`${r.type} on ${(r.target as Element).nodeName ?? r.target.nodeType} ${r.attributeName ?? ''} +${Array.from(r.addedNodes).map((n) => n.nodeName).join(',')}`);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const typed = ' North Korea fired a ballistic missile on January 6, 2025, that flew 300 km before landing in the sea, officials said.';
    await page.click('.block-editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(typed, { delay: 5 });
    const flagged = await until(async () => (await marks(page)).find((m) => m.text.includes('300 km')), '"300 km" flagged');
    expect(flagged.name).toBe('crosscheck-contradicted');
    expect(await page.evaluate(() => (window as unknown as { __foreign: string[] }).__foreign)).toEqual([]);
    expect(await page.textContent('.block-editor')).toContain(typed.trim());
    // The popup lists the draft's claim too.
    const tabId = await tabIdOf(b.sw, page);
    await until(async () => (await badgeText(b.sw, tabId)) !== '', 'badge for the draft');
    await page.close();
  });

  it('a textarea: a control at its corner lists its claims to check; its value is exactly what was typed', async () => {
    const page = await open('/draft');
    await page.evaluate(() => {
      const w = window as unknown as { __foreign: string[] };
      w.__foreign = [];
      new MutationObserver((records) => {
        for (const r of records) {
          // The one element the extension adds: its UI host, as the last child of <html> (outside <body>).
          if (r.target === document.documentElement && Array.from(r.addedNodes).every((n) => n.nodeName === 'CROSSCHECK-UI')) continue;
          w.__foreign.push(`${r.type} on ${r.target.nodeName} ${r.attributeName ?? ''}`);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const typed = 'North Korea launched a hypersonic missile on January 6, 2025. It flew 300 km, the Joint Chiefs of Staff said.';
    await page.click('#excerpt');
    await page.keyboard.type(typed, { delay: 5 });
    const toggle = page.locator('crosscheck-ui .cc-draft-toggle');
    await toggle.waitFor({ timeout: 10_000 });
    expect(await toggle.textContent()).toMatch(/^Crosscheck: \d+ to check/);
    await toggle.click();
    const item = page.locator('crosscheck-ui .cc-draft li[data-verdict="contradicted"]');
    await item.first().waitFor({ timeout: 10_000 });
    expect(await item.first().textContent()).toContain('300 km');
    expect(await page.inputValue('#excerpt')).toBe(typed);
    expect(await page.evaluate(() => (window as unknown as { __foreign: string[] }).__foreign)).toEqual([]);
    // Choosing the claim selects its words in the textarea, without changing the value.
    await item.first().locator('button').first().click();
    const selected = await page.evaluate(() => {
      const t = document.querySelector('textarea')!;
      return t.value.slice(t.selectionStart, t.selectionEnd);
    });
    expect(selected).toContain('300');
    expect(await page.inputValue('#excerpt')).toBe(typed);
    await page.close();
  });
});

it('a single-page app that swaps its article: the marks follow', async () => {
  const page = await open('/spa');
  const first = expected(spaPage(seeds[4]!, seeds[2]!));
  await until(async () => (await marks(page)).length >= first.length, 'first article marked');
  const before = (await marks(page)).map((m) => m.text);
  await page.click('#next');
  await page.waitForURL(/\/spa\/second$/);
  const secondHtml = seedPage(seeds[2]!);
  const want = expected(secondHtml);
  const after = await until(async () => {
    const m = (await marks(page)).filter((x) => !/focus|flash/.test(x.name));
    const texts = m.map((x) => x.text).sort();
    return texts.length > 0 && JSON.stringify(texts) !== JSON.stringify([...before].sort()) ? m : null;
  }, 'marks for the second article');
  // Everything marked is in the new article's text.
  const articleText = await page.textContent('#story');
  for (const m of after) expect(articleText).toContain(m.text);
  expect(after.length).toBeGreaterThanOrEqual(Math.min(want.length, 3));
  const tabId = await tabIdOf(b.sw, page);
  // The stored result (what the popup shows) follows the new address and article.
  await until(async () => {
    const stored = await b.sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
    const r = stored[`tab:${tabId}`] as { url: string; claims: { text: string }[] } | undefined;
    return r && /\/spa\/second$/.test(r.url) && r.claims.every((c) => articleText!.includes(c.text));
  }, 'stored result for the new article');
  await page.close();
});

it('a page that changes all the time: rescans are spaced out, added content gets marked', async () => {
  const page = await b.context.newPage();
  const tabId = await tabIdOf(b.sw, page);
  await b.sw.evaluate((id) => {
    const g = globalThis as unknown as { __writes: number };
    g.__writes = 0;
    chrome.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && `tab:${id}` in changes) g.__writes++;
    });
  }, tabId);
  await page.goto(`${base}/live`);
  // The ticker changes 80 times in 4 s; the appended paragraph's claim must show up.
  await until(async () => (await marks(page)).some((m) => m.text === '250 kilometres'), 'appended claim marked', 10_000);
  await page.waitForTimeout(4500);
  const writes = await b.sw.evaluate(() => (globalThis as unknown as { __writes: number }).__writes);
  expect(writes).toBeGreaterThanOrEqual(2);
  expect(writes).toBeLessThanOrEqual(7);
  await page.close();
});

it('hovering a highlighted claim opens its card with outlets and a text-fragment link', async () => {
  const page = await open('/news/demo');
  await until(async () => (await marks(page)).length > 0, 'marks');
  // Find a contradicted or disputed claim's box and hover it.
  const box = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const h = reg.get('crosscheck-contradicted') ?? reg.get('crosscheck-disputed') ?? reg.get('crosscheck-supported');
    const r = [...h!][0]!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + Math.min(6, rect.width / 2), y: rect.top + rect.height / 2, text: r.toString() };
  });
  await page.mouse.move(box.x - 40, box.y + 60);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  const card = page.locator('crosscheck-ui .cc-card');
  await card.waitFor({ timeout: 5000 });
  expect(await card.textContent()).toContain(box.text);
  expect(await card.getAttribute('role')).toBe('dialog');
  expect(await card.locator('.cc-outlet').count()).toBeGreaterThan(0);
  const hrefs = await card.locator('a.cc-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const h of hrefs) expect(h).toMatch(/#:~:text=/);
  // The card's screenshot (with its number line) is taken in reader.test.ts.
  expect(await axeViolations(page, 'crosscheck-ui')).toEqual([]);
  // Escape closes the card.
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached', timeout: 3000 });
  // Alt+Shift+N is the page's again: no page key handler takes it.
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.waitForTimeout(300);
  expect(await card.count()).toBe(0);
  await page.close();
});

it('the popup for a tab: its claims, click to scroll and flash, copy report, download JSON', async () => {
  const page = await open('/news/hindustan-dot');
  const want = expected(seedPage(seeds.find((s) => s.id === 'hindustan-dot')!));
  await until(async () => (await marks(page)).length >= want.length, 'marks');
  const tabId = await tabIdOf(b.sw, page);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  const items = popup.locator('.cc-item');
  await items.first().waitFor();
  expect(await items.count()).toBe(want.length);
  const counts = await popup.locator('.cc-counts li').allTextContents();
  for (const v of ['contradicted', 'disputed', 'unverified', 'supported']) {
    expect(counts.join(' ')).toContain(`${want.filter((w) => w.verdict === v).length} ${v}`);
  }
  // Accessible: axe-core finds no WCAG 2 A/AA violation, with a claim's details open too.
  await items.first().locator('summary').first().click();
  expect(await axeViolations(popup)).toEqual([]);
  // Click the last claim (in the supported group, collapsed until opened): the page scrolls to it and flashes it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const collapsed = popup.locator('.cc-group-supported details.cc-collapsed > summary');
  if (await collapsed.count()) await collapsed.click();
  const last = items.last();
  const text = (await last.locator('.cc-reveal').textContent())!.replace(/[“”]/g, '');
  await last.locator('.cc-reveal').click();
  const flash = await until(async () => (await marks(page)).find((m) => m.name === 'crosscheck-flash'), 'flash');
  expect(flash.text).toBe(text);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // Copy report: Markdown on the clipboard.
  await popup.getByRole('button', { name: 'Copy report' }).click();
  await until(async () => (await popup.locator('.cc-status').textContent())?.includes('copied'), 'copied status');
  const md = await popup.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^# Crosscheck report: /);
  expect(md).toContain(want[0]!.text);
  // Download JSON: the check command's shape.
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
  const path = await download.path();
  const json = JSON.parse((await import('node:fs')).readFileSync(path, 'utf8')) as { relevant: boolean; claims: Record<string, unknown>[] };
  expect(json.relevant).toBe(true);
  expect(json.claims.length).toBe(want.length);
  expect(Object.keys(json).sort()).toEqual(['about', 'checkedAt', 'claims', 'mentions', 'reference', 'relevant', 'url']);
  expect(Object.keys(json.claims[0]!).sort()).toEqual(['attribution', 'counts', 'end', 'kind', 'notes', 'outlets', 'qualifier', 'start', 'text', 'value', 'verdict']);
  // Paste box (its own tab): same engine.
  await popup.getByRole('tab', { name: 'Check text' }).click();
  await popup.getByLabel('Paste a draft or a quote').fill('North Korea fired a hypersonic missile on January 6, 2025 that flew 300 km.');
  await popup.getByRole('button', { name: 'Check text' }).click();
  await popup.locator('.cc-paste .cc-item[data-verdict="contradicted"]').first().waitFor();
  await popup.close();
  await page.close();
});

it('the side panel shows the same, and its switches turn highlights off and pause the site', async () => {
  const page = await open('/news/dw');
  await until(async () => (await marks(page)).length > 0, 'marks');
  const tabId = await tabIdOf(b.sw, page);
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('.cc-item').first().waitFor();
  expect(await panel.locator('.cc-item').count()).toBe(expected(seedPage(seeds.find((s) => s.id === 'dw')!)).length);
  // Highlights off (settings behind the gear): the page loses its marks, the list stays.
  await panel.getByRole('button', { name: 'Settings' }).click();
  await panel.getByLabel('Highlight claims in pages').uncheck();
  await until(async () => (await marks(page)).length === 0, 'marks removed');
  expect(await panel.locator('.cc-item').count()).toBeGreaterThan(0);
  await panel.getByLabel('Highlight claims in pages').check();
  await until(async () => (await marks(page)).length > 0, 'marks back');
  // Pause on this site: marks and badge go; the panel says it is paused.
  await panel.getByLabel(/Pause on 127\.0\.0\.1/).check();
  await until(async () => (await marks(page)).length === 0, 'marks removed by pause');
  await until(async () => (await badgeText(b.sw, tabId)) === '', 'badge cleared by pause');
  await panel.getByText('Crosscheck is paused on 127.0.0.1').waitFor();
  await panel.getByLabel(/Pause on 127\.0\.0\.1/).uncheck();
  await until(async () => (await marks(page)).length > 0, 'marks back after unpause');
  expect(await axeViolations(panel)).toEqual([]);
  await panel.close();
  await page.close();
});

it('results survive the service worker being stopped', async () => {
  const page = await open('/news/demo');
  const tabId = await tabIdOf(b.sw, page);
  await until(async () => (await badgeText(b.sw, tabId)) !== '', 'badge');
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await new Promise((r) => setTimeout(r, 500));
  // The popup reads storage.session directly: the claims are there with no worker running.
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.cc-item').first().waitFor();
  expect(await popup.locator('.cc-item').count()).toBe(expected(demoPage()).length);
  await popup.close();
  // A page's next result wakes the worker again.
  const other = await open('/news/demo');
  // Ask whichever worker handle is live now (Playwright may hand out a new one after the restart).
  const withTimeout = <T,>(p: Promise<T>) => Promise.race([p, new Promise<null>((r) => setTimeout(() => r(null), 2000))]);
  await until(async () => {
    for (const sw of b.context.serviceWorkers().reverse()) {
      const text = await withTimeout(tabIdOf(sw, other).then((id) => badgeText(sw, id))).catch(() => null);
      if (text) {
        b.sw = sw;
        return text;
      }
    }
    return null;
  }, 'badge after restart', 20_000);
  await other.close();
  await page.close();
});

it('no request left 127.0.0.1 during the run', () => {
  const outside = b.requests.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return url.hostname !== '127.0.0.1';
  });
  expect(b.requests.length).toBeGreaterThan(5);
  expect(outside).toEqual([]);
});
