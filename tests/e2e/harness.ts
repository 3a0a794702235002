/**
 * Browser-test harness: a node:http server on 127.0.0.1 (port 0) serving the
 * test pages with a strict Content-Security-Policy, and Debian's Chromium
 * (playwright-core) with the unpacked chrome-mv3 build, headless and kept
 * off the network. Every request the browser makes is recorded so a test can
 * prove none left 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const root = join(import.meta.dirname, '../..');
export const CHROME_BUILD = join(root, '.output/chrome-mv3');

/** A strict policy: no inline styles or scripts. The extension's highlights must still show. */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'";

export interface Served {
  body: string;
  type?: string;
  /** Replaces the strict policy for this route (e.g. to let a page frame another origin); null sends none. */
  csp?: string | null;
}

export async function serve(routes: Record<string, Served | (() => Served)>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const r = typeof route === 'function' ? route() : route;
    const csp = r.csp === undefined ? STRICT_CSP : r.csp;
    res.writeHead(200, { 'content-type': r.type ?? 'text/html; charset=utf-8', ...(csp === null ? {} : { 'content-security-policy': csp }), 'cache-control': 'no-store' });
    res.end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}` };
}

export interface Launched {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Every URL requested by a page or the service worker. */
  requests: string[];
}

/** Flags every launch here uses: no sandbox or GPU, and nothing that reaches for the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-default-browser-check',
];

/** Headless Chromium with the unpacked build in `buildDir` (the chrome-mv3 build unless given). */
export async function launchChromium(extraArgs: string[] = [], buildDir: string = CHROME_BUILD): Promise<Launched> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [`--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`, ...CHROMIUM_ARGS, ...extraArgs],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  return { context, sw, extensionId, requests };
}

export interface Mark {
  name: string;
  text: string;
  /** The closest landmark the mark is in: article, aside, footer, nav, header or none. */
  region: string;
}

/** Every range in CSS.highlights registered by Crosscheck, read from the page. */
export async function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; region: string }[] = [];
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of reg) {
      if (!name.startsWith('crosscheck-')) continue;
      for (const r of h) {
        const el = r.startContainer.parentElement;
        const region = el?.closest('aside, footer, nav, header:not(article header)')?.tagName.toLowerCase() ?? (el?.closest('article') ? 'article' : 'none');
        out.push({ name, text: r.toString(), region });
      }
    }
    return out;
  });
}

/**
 * The browser's id for a page's tab. Without the "tabs" permission the
 * extension cannot see tabs' addresses, so the page is brought to the front
 * and the active tab is asked for.
 */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (t?.id === undefined) throw new Error('no active tab');
    return t.id;
  });
}

export async function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until `fn` returns a truthy value (polling), or fails with `what`. */
export async function until<T>(fn: () => Promise<T | null | undefined | false | ''>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | null | undefined | false | '';
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2 A/AA violations in a page (optionally only inside `include`), as "rule: target" lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, include ?? null);
}

/** Sets what is marked in pages (`Settings.marks`, lib/tab-store.ts), keeping the other settings. */
export async function setMarks(sw: Worker, mode: 'attention' | 'all'): Promise<void> {
  await sw.evaluate(async (m) => {
    const got = (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    await chrome.storage.local.set({ settings: { highlights: true, pausedSites: [], ...(got ?? {}), marks: m } });
  }, mode);
}

/** Sends `step-claim` to a page's top frame from the service worker, as the extension's commands do; returns the reply. */
export async function stepClaim(sw: Worker, page: Page, direction: 'next' | 'previous'): Promise<{ ok: boolean; attention: number }> {
  const tabId = await tabIdOf(sw, page);
  return sw.evaluate(([id, d]) => chrome.tabs.sendMessage(id as number, { type: 'step-claim', direction: d }, { frameId: 0 }) as Promise<{ ok: boolean; attention: number }>, [tabId, direction] as const);
}
