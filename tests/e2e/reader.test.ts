/**
 * The reader's view in Debian's Chromium with the unpacked chrome-mv3 build:
 * the first-run page on install, the card's answer line, number line and
 * legend, the popup (verdict bar, needing attention first, supported
 * collapsed, short outlet tags, settings behind the gear, fixed footer,
 * dark mode), the paste tab, exports carrying address, time and reference
 * version, the manifest's commands and their handler, the context menu's
 * check landing in the side panel, and the options page; axe-core on each.
 */
import type { Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, marks, root, serve, setMarks, tabIdOf, until, type Launched } from './harness';
import { expected } from './expected';
import { SITE_CSS, demoPage, seedPage, seeds } from './pages';

const DOCS = join(root, 'docs');
const SHOTS = process.env.CROSSCHECK_SCREENSHOTS === '1';
const reference = JSON.parse(readFileSync(join(root, 'reference-data/reference.json'), 'utf8')) as { outlets: { id: string; name: string }[] };

let server: Server;
let base: string;
let b: Launched;

beforeAll(async () => {
  const routes: Parameters<typeof serve>[0] = { '/site.css': { body: SITE_CSS, type: 'text/css' }, '/news/demo': { body: demoPage() } };
  for (const s of seeds) routes[`/news/${s.id}`] = { body: seedPage(s) };
  ({ server, base } = await serve(routes));
  b = await launchChromium();
  // These tests compare every claim's mark and item, so every claim is marked (the default marks only what needs attention: default-marks.test.ts).
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

async function popupFor(page: Page, file = 'popup.html', size = { width: 440, height: 640 }): Promise<{ popup: Page; tabId: number }> {
  const tabId = await tabIdOf(b.sw, page);
  const popup = await b.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${b.extensionId}/${file}?tab=${tabId}`);
  return { popup, tabId };
}

it('the first-run page opens on install: the launch, every outlet of the reference set, the legend, nothing leaves the browser', async () => {
  const welcome = await until(async () => b.context.pages().find((p) => p.url().endsWith('/welcome.html')), 'first-run page');
  await welcome.locator('h1').waitFor();
  const text = (await welcome.textContent('main'))!;
  expect(text).toContain('6 January 2025');
  expect(reference.outlets.length).toBe(5);
  for (const o of reference.outlets) expect(text).toContain(o.name);
  expect(text).toContain('Nothing leaves your browser');
  for (const w of ['Contradicted', 'Disputed', 'Unverified', 'Supported']) expect(await welcome.locator('.cc-legend-list').textContent()).toContain(w);
  expect(await axeViolations(welcome)).toEqual([]);
  if (SHOTS) await welcome.screenshot({ path: join(DOCS, 'first-run.png'), fullPage: true });
  await welcome.close();
});

it('the manifest declares the commands, with suggested keys; the browser lists them for its shortcut settings', async () => {
  const m = JSON.parse(readFileSync(join(root, '.output/chrome-mv3/manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key: { default: string }; description: string }> };
  expect(Object.keys(m.commands).sort()).toEqual(['next-attention', 'open-side-panel', 'previous-attention']);
  expect(m.commands['next-attention']!.suggested_key.default).toBe('Alt+Shift+Period');
  expect(m.commands['previous-attention']!.suggested_key.default).toBe('Alt+Shift+Comma');
  const listed = await b.sw.evaluate(() => chrome.commands.getAll());
  expect(listed.map((c) => c.name).filter((n) => n !== '_execute_action').sort()).toEqual(['next-attention', 'open-side-panel', 'previous-attention']);
  expect(listed.find((c) => c.name === 'next-attention')?.description).toBe('Next claim needing attention');
});

it("a command sends 'step-claim' to the active tab's top frame", async () => {
  const page = await open('/news/demo');
  const tabId = await tabIdOf(b.sw, page);
  const sent = await b.sw.evaluate(async (id) => {
    const seen: unknown[] = [];
    const original = chrome.tabs.sendMessage;
    (chrome.tabs as unknown as { sendMessage: unknown }).sendMessage = (tab: number, msg: unknown, opts: unknown) => {
      seen.push({ tab, msg, opts });
      return Promise.resolve(undefined);
    };
    const h = (globalThis as unknown as { crosscheckHandlers: { onCommand(c: string, t: { id: number }): void } }).crosscheckHandlers;
    h.onCommand('next-attention', { id });
    h.onCommand('previous-attention', { id });
    await new Promise((r) => setTimeout(r, 50));
    (chrome.tabs as unknown as { sendMessage: unknown }).sendMessage = original;
    return seen;
  }, tabId);
  expect(sent).toEqual([
    { tab: tabId, msg: { type: 'step-claim', direction: 'next' }, opts: { frameId: 0 } },
    { tab: tabId, msg: { type: 'step-claim', direction: 'previous' }, opts: { frameId: 0 } },
  ]);
  await page.close();
});

it('the card leads with the answer, draws a number line for a figure, and has a legend', async () => {
  const page = await open('/news/demo');
  await until(async () => (await marks(page)).some((m) => m.text === '300 kilometres'), 'marks');
  const box = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const h of reg.values())
      for (const r of h)
        if (r.toString() === '300 kilometres') {
          r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0]!;
          return { x: rect.left + 6, y: rect.top + rect.height / 2 };
        }
    return null;
  });
  await page.mouse.click(box!.x, box!.y);
  const card = page.locator('crosscheck-ui .cc-card');
  await card.waitFor({ timeout: 5000 });
  const answer = (await card.locator('.cc-answer').textContent())!;
  expect(answer).toMatch(/^300 km · 0 of 5 outlets agree · /);
  expect(answer).toContain('Sunford Express: 500 km');
  expect(await card.locator('.cc-kind').first().textContent()).toBe('Distance flown');
  // Sources behind the disclosure.
  expect(await card.locator('details.cc-sources').getAttribute('open')).toBeNull();
  expect(await card.locator('details.cc-sources summary').textContent()).toBe('Show sources');
  // The number line: a mark per compared outlet, the page's value, North Korea's claim on its own row.
  const line = card.locator('svg.cc-numberline');
  expect(await line.count()).toBe(1);
  expect(await line.locator('.cc-nl-north-korea .cc-nl-other').count()).toBeGreaterThan(0);
  expect(await line.locator('.cc-nl-observers .cc-nl-mark').count()).toBe(5);
  expect(await line.locator('.cc-nl-page').count()).toBe(1);
  const alt = (await line.locator('title').textContent())!;
  expect(alt).toContain('This page: 300 km');
  expect(alt).toContain("North Korea's state media (not compared with this page): DW 1,500 km");
  expect(await card.locator('.cc-legend summary').textContent()).toBe('What the marks mean');
  expect(await axeViolations(page, 'crosscheck-ui')).toEqual([]);
  if (SHOTS) {
    const at = (await card.boundingBox())!;
    await page.screenshot({ path: join(DOCS, 'card.png'), clip: { x: Math.max(0, at.x - 80), y: Math.max(0, at.y - 70), width: Math.min(560, at.width + 160), height: at.height + 90 } });
  }
  await page.close();
});

describe('the popup', () => {
  it('answer first, needing attention first, supported collapsed, short tags, settings behind the gear, footer, exports with address, time and version', async () => {
    const page = await open('/news/hindustan-dot');
    const want = expected(seedPage(seeds.find((s) => s.id === 'hindustan-dot')!));
    await until(async () => (await marks(page)).length >= want.length, 'marks');
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { popup } = await popupFor(page);
    await popup.locator('.cc-item').first().waitFor();
    // Each item's first line: the value, "N of M outlets agree".
    const answers = await popup.locator('.cc-item .cc-answer').allTextContents();
    expect(answers.length).toBe(want.length);
    for (const a of answers) expect(a).toMatch(/ · (\d+ of \d+ outlets? agrees?|No outlet states this)/);
    // Groups in order, supported collapsed.
    const headings = await popup.locator('.cc-group h3').allTextContents();
    const order = ['Needs attention', 'Cannot be checked', 'Supported'];
    const seen = headings.map((h) => order.findIndex((o) => h.startsWith(o)));
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    if (headings.some((h) => h.startsWith('Supported'))) expect(await popup.locator('.cc-group-supported details.cc-collapsed').getAttribute('open')).toBeNull();
    // Short outlet tags with the full name on hover (title) and for screen readers.
    const tag = popup.locator('.cc-otag').first();
    const full = (await tag.getAttribute('title'))!;
    expect(reference.outlets.map((o) => o.name)).toContain(full);
    expect(await tag.locator('.cc-sr').textContent()).toBe(full);
    // The verdict bar in the header.
    expect(await popup.locator('header .cc-bar').getAttribute('aria-label')).toMatch(/^Claims per verdict: \d+ contradicted, \d+ disputed, \d+ unverified, \d+ supported$/);
    // Settings behind the gear.
    expect(await popup.getByLabel('Highlight claims in pages').count()).toBe(0);
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByLabel('Every claim').check();
    await until(async () => ((await b.sw.evaluate(() => chrome.storage.local.get('settings'))) as { settings?: { marks?: string } }).settings?.marks === 'all', 'marks mode stored');
    await popup.getByLabel(/What needs attention/).check();
    // The footer stays at the bottom of the popup.
    const footer = await popup.locator('.cc-footer').boundingBox();
    expect(footer!.y + footer!.height).toBeCloseTo(640, 0);
    expect(await popup.locator('.cc-legend summary').textContent()).toBe('What the marks mean');
    expect(await axeViolations(popup)).toEqual([]);
    // Exports: the page's address, the time of the check, the reference set's version.
    await popup.getByRole('button', { name: 'Copy report' }).click();
    await until(async () => (await popup.locator('.cc-status').textContent())?.includes('copied'), 'copied');
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain(`- Page: ${base}/news/hindustan-dot`);
    expect(md).toMatch(/- Checked: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);
    expect(md).toMatch(/- Reference set: 2-[0-9a-f]{16} \(5 outlets\)/);
    expect(md).toMatch(/\d+ of \d+ outlets agree/);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    expect(json.url).toBe(`${base}/news/hindustan-dot`);
    expect(Number.isNaN(Date.parse(json.checkedAt as string))).toBe(false);
    expect(json.reference).toMatch(/^2-[0-9a-f]{16}$/);
    expect(md).toContain(json.reference as string);
    await popup.close();
    await page.close();
  });

  it('in dark mode: dark background, light text, still axe-clean', async () => {
    const page = await open('/news/demo');
    await until(async () => (await marks(page)).length > 0, 'marks');
    const { popup } = await popupFor(page);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.locator('.cc-item').first().waitFor();
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(27, 28, 30)');
    expect(await axeViolations(popup)).toEqual([]);
    if (SHOTS) await popup.screenshot({ path: join(DOCS, 'popup-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
    if (SHOTS) await popup.screenshot({ path: join(DOCS, 'popup.png') });
    await popup.close();
    await page.close();
  });

  it('the paste tab: the box on top, an excerpt not naming North Korea is checked as about this launch, result in place', async () => {
    const page = await open('/news/demo');
    const { popup } = await popupFor(page);
    await popup.getByRole('tab', { name: 'Check text' }).click();
    const box = popup.getByLabel('Paste a draft or a quote');
    await box.waitFor();
    // On top: the panel's first control, under its heading and label, above the fold.
    expect(await popup.locator('#cc-view-paste :is(textarea, input, button, select)').first().getAttribute('id')).toBe('cc-paste-text');
    expect((await box.boundingBox())!.y).toBeLessThan(320);
    await box.fill('The missile flew 300 km before falling into the sea.');
    await popup.getByRole('button', { name: 'Check text' }).click();
    const item = popup.locator('#cc-view-paste .cc-item[data-verdict="contradicted"]');
    await item.first().waitFor();
    expect(await item.first().locator('.cc-answer').textContent()).toMatch(/^300 km · 0 of 5 outlets agree/);
    expect(await popup.locator('#cc-view-paste').textContent()).toContain('Read as an excerpt about the 6 January 2025 launch');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

it('"Check with Crosscheck" on selected text: the menu item exists, and the selection is checked in the side panel', async () => {
  const page = await open('/news/demo');
  const tabId = await tabIdOf(b.sw, page);
  // The item exists (update rejects an unknown id).
  await b.sw.evaluate(() => chrome.contextMenus.update('crosscheck-check-selection', { title: 'Check with Crosscheck' }));
  // A click on it, as the browser would report it (headless Chromium has no native menu to right-click,
  // and a call from here is no user gesture, so the side panel's opening is recorded, not performed).
  const opened = await b.sw.evaluate(
    async ({ id, url }) => {
      const calls: unknown[] = [];
      const sp = chrome.sidePanel as unknown as { open: unknown };
      const original = sp.open;
      sp.open = (o: unknown) => {
        calls.push(o);
        return Promise.resolve();
      };
      const h = (globalThis as unknown as { crosscheckHandlers: { onMenuClick(i: unknown, t: unknown): void } }).crosscheckHandlers;
      h.onMenuClick({ menuItemId: 'crosscheck-check-selection', selectionText: 'It flew 300 km, the Joint Chiefs of Staff said.', pageUrl: url }, { id, windowId: 1 });
      // Keep the stand-in until the handler has called it (a loaded machine can take more than a few ms).
      for (let i = 0; i < 100 && calls.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 50));
      sp.open = original;
      return calls;
    },
    { id: tabId, url: `${base}/news/demo` },
  );
  expect(opened).toEqual([{ tabId }]);
  await until(async () => ((await b.sw.evaluate(() => chrome.storage.session.get('pasted'))) as { pasted?: { text: string } }).pasted?.text.includes('300 km'), 'selection handed over');
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
  await until(async () => (await panel.getByRole('tab', { name: 'Check text' }).getAttribute('aria-selected')) === 'true', 'paste tab selected');
  expect(await panel.getByLabel('Paste a draft or a quote').inputValue()).toBe('It flew 300 km, the Joint Chiefs of Staff said.');
  const item = panel.locator('#cc-view-paste .cc-item[data-verdict="contradicted"]');
  await item.first().waitFor();
  expect(await panel.locator('#cc-view-paste').textContent()).toContain(`Selected text from ${base}/news/demo`);
  // Taken once: storage no longer holds it.
  expect(await b.sw.evaluate(() => chrome.storage.session.get('pasted'))).toEqual({});
  expect(await axeViolations(panel)).toEqual([]);
  await panel.close();
  await page.close();
});

it('the options page: paused sites (remove), what is marked, shortcuts, the reference set', async () => {
  await b.sw.evaluate(() => chrome.storage.local.set({ settings: { highlights: true, pausedSites: ['example.test', 'news.example'], marks: 'attention' } }));
  const options = await b.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.locator('.cc-paused li').first().waitFor();
  expect(await options.locator('.cc-paused li span').allTextContents()).toEqual(['example.test', 'news.example']);
  await options.getByRole('button', { name: 'Remove example.test' }).click();
  await until(async () => ((await b.sw.evaluate(() => chrome.storage.local.get('settings'))) as { settings: { pausedSites: string[] } }).settings.pausedSites.join() === 'news.example', 'site removed');
  await options.getByLabel(/Every claim, supported/).check();
  await until(async () => ((await b.sw.evaluate(() => chrome.storage.local.get('settings'))) as { settings: { marks: string } }).settings.marks === 'all', 'marks all');
  const keys = await options.locator('.cc-shortcuts li').allTextContents();
  expect(keys).toContain('Next claim needing attention: Alt+Shift+Period');
  expect(keys).toContain('Previous claim needing attention: Alt+Shift+Comma');
  expect(await options.getByRole('button', { name: 'Change shortcuts' }).count()).toBe(1);
  expect(await options.textContent('main')).toMatch(/5 outlets, version 2-[0-9a-f]{16}/);
  expect(await axeViolations(options)).toEqual([]);
  if (SHOTS) await options.screenshot({ path: join(DOCS, 'options.png'), fullPage: true });
  await b.sw.evaluate(() => chrome.storage.local.remove('settings'));
  await options.close();
});
