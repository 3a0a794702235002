/**
 * Imported reference sets in Chromium: a page about the 14 January 2025
 * launch is not checked against the bundled (6 January) set alone; once the
 * set built from tests/fixtures/events/2025-01-14/ is in storage (as the
 * options page's import stores it), the same page is checked against it and
 * its claims are supported, each saying which event it was checked against.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, marks, root, serve, tabIdOf, until, type Launched } from './harness';

const here = join(root, 'tests/fixtures/events/2025-01-14');
const set = JSON.parse(readFileSync(join(here, 'reference.json'), 'utf8'));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The 14 January wire follow-up as a news page: headline, then one paragraph per block. */
function jan14Page(): string {
  const [headline, ...paras] = readFileSync(join(here, 'pages/wire-followup-jan14.txt'), 'utf8').trim().split(/\n\s*\n/);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(headline!)}</title></head><body><main><article><h1>${esc(headline!)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article></main></body></html>`;
}

let server: Server;
let base: string;
let b: Launched;

beforeAll(async () => {
  ({ server, base } = await serve({ '/news/jan14': { body: jan14Page() } }));
  b = await launchChromium();
  // Every verdict marked, so supported claims show too.
  await b.sw.evaluate(() => chrome.storage.local.set({ settings: { highlights: true, pausedSites: [], marks: 'all' } }));
});

afterAll(async () => {
  await b?.context.close();
  server?.close();
});

it('checks a 14 January page against the imported 14 January set, its claims supported', async () => {
  // Without the set: only the bundled (6 January) set is there, so no 14 January claim is supported
  // (the headline's "latest missile salvo" is even read as the bundled launch's, and its 250 km is wrong for that one).
  const before = await b.context.newPage();
  await before.goto(`${base}/news/jan14`);
  const first = await until(async () => {
    const m = await marks(before);
    return m.length ? m : null;
  }, 'bundled-set marks');
  expect(first.find((m) => m.text === 'Kanggye area')).toBeUndefined();
  expect(first.filter((m) => m.text === '250 km').map((m) => m.name)).not.toContain('crosscheck-supported');
  await before.close();

  // The set as the options page's import stores it (lib/reference/store.ts).
  await b.sw.evaluate(
    (s) =>
      chrome.storage.local.set({
        referenceSets: [{ hash: s.hash, event: s.event, outlets: s.outlets.map((o: { id: string; name: string; url: string | null }) => ({ id: o.id, name: o.name, url: o.url })), claims: s.claims.length, bytes: 1 }],
        [`referenceSet:${s.hash}`]: s,
      }),
    set,
  );
  const page = await b.context.newPage();
  await page.goto(`${base}/news/jan14`);
  const got = await until(async () => {
    const m = await marks(page);
    return m.some((x) => x.text === '250 km') && m.some((x) => x.text === 'Kanggye area') ? m : null;
  }, '14 January claims marked');
  const verdict = (text: string) => got.filter((m) => m.text === text).map((m) => m.name);
  expect(verdict('250 km')[0]).toBe('crosscheck-supported');
  expect(verdict('Kanggye area')).toEqual(['crosscheck-supported']);
  expect(verdict('Acting President Choi Sang-mok')).toEqual(['crosscheck-supported']);
  expect(got.every((m) => m.name === 'crosscheck-supported'), JSON.stringify(got)).toBe(true);

  // The tab's result says which event each claim was checked against.
  const tabId = await tabIdOf(b.sw, page);
  const stored = await until(async () => {
    const r = (await b.sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId)) as Record<string, { claims?: { text: string; event?: string; verdict: string }[] }>;
    return r[`tab:${tabId}`]?.claims?.length ? r[`tab:${tabId}`]! : null;
  }, 'tab result');
  const distance = stored.claims!.find((c) => c.text === '250 km')!;
  expect(distance).toMatchObject({ verdict: 'supported', event: '2025-01-14' });
  await page.close();
});
