/**
 * Per-tab results and user settings in extension storage.
 *
 * Results live in `storage.session` so they survive the MV3 service worker
 * being stopped, and vanish when the browser closes: each frame's latest
 * result under `frames:<tab>`, and the tab's merged result (what the popup,
 * side panel and badge show) under `tab:<tab>`. Settings (the highlights
 * switch, sites paused) live in `storage.local`.
 * Everything read back is validated: storage may hold data from an older build.
 */
import { browser } from 'wxt/browser';
import { MAX_CLAIMS, claimIdInTab, isTabResult, type TabResult } from './messages';

export const tabKey = (tabId: number) => `tab:${tabId}`;
export const framesKey = (tabId: number) => `frames:${tabId}`;

/**
 * One result for a tab from its frames' results: the top frame's address,
 * title, outlet, highlight state and pause (else the lowest frame's), relevant
 * when any frame is, and every frame's claims, top frame first, each
 * subframe's ids prefixed with its frame (`claimIdInTab`).
 */
export function mergeFrameResults(frames: Record<string, TabResult>): TabResult | null {
  const ids = Object.keys(frames)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0)
    .sort((a, b) => a - b);
  if (ids.length === 0) return null;
  const main = frames[String(ids[0])]!;
  const claims = ids.flatMap((f) => frames[String(f)]!.claims.map((c) => ({ ...c, id: claimIdInTab(f, c.id) })));
  const total = ids.reduce((n, f) => n + (frames[String(f)]!.total ?? frames[String(f)]!.claims.length), 0);
  const { total: _mainTotal, ...rest } = main;
  return {
    ...rest,
    relevant: ids.some((f) => frames[String(f)]!.relevant),
    claims: claims.slice(0, MAX_CLAIMS),
    ...(total > Math.min(claims.length, MAX_CLAIMS) ? { total } : {}),
    scannedAt: Math.max(...ids.map((f) => frames[String(f)]!.scannedAt)),
  };
}

async function getFrameResults(tabId: number): Promise<Record<string, TabResult>> {
  const key = framesKey(tabId);
  const got = (await browser.storage.session.get(key))[key];
  const out: Record<string, TabResult> = {};
  if (typeof got !== 'object' || got === null) return out;
  for (const [f, r] of Object.entries(got as Record<string, unknown>)) if (/^\d+$/.test(f) && isTabResult(r)) out[f] = r;
  return out;
}

/**
 * Per tab, the last operation still running. Frames of one tab report at
 * once, and every operation reads then writes, so they run in turn: a clear
 * decided on a result read before a newer one was stored would remove it.
 */
const queues = new Map<number, Promise<unknown>>();

function inTurn<T>(tabId: number, run: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

/** Stores one frame's result and the tab's merged result; resolves to the merged one. */
export function setFrameResult(tabId: number, frameId: number, result: TabResult): Promise<TabResult | null> {
  return inTurn(tabId, async () => {
    const frames = await getFrameResults(tabId);
    frames[String(frameId)] = result;
    const merged = mergeFrameResults(frames);
    try {
      await browser.storage.session.set({ [framesKey(tabId)]: frames, [tabKey(tabId)]: merged });
    } catch (e) {
      // Over the storage quota (many tabs of huge results): the badge still shows this result.
      console.warn(`Crosscheck: could not store tab ${tabId}'s result: ${(e as Error)?.message ?? String(e)}`);
    }
    return merged;
  });
}

export async function getTabResult(tabId: number): Promise<TabResult | null> {
  const key = tabKey(tabId);
  const got = await browser.storage.session.get(key);
  const v: unknown = got[key];
  return isTabResult(v) ? v : null;
}

/**
 * Removes a tab's results, unless `keep` says to keep the stored one; decided
 * in turn with the tab's stores. Resolves to whether a result was removed.
 */
export function clearTabResult(tabId: number, keep: (stored: TabResult) => boolean = () => false): Promise<boolean> {
  return inTurn(tabId, async () => {
    const stored = await getTabResult(tabId);
    if (!stored || keep(stored)) return false;
    await browser.storage.session.remove([tabKey(tabId), framesKey(tabId)]);
    return true;
  });
}

export interface Settings {
  /** Mark claims in pages (the results are still listed when off). */
  highlights: boolean;
  /** Hostnames where Crosscheck does nothing. */
  pausedSites: string[];
  /**
   * What is marked in pages: `attention` marks contradicted and disputed claims, and unverified ones
   * faintly (supported ones show on hover); `all` marks every claim.
   */
  marks: MarkMode;
}

export type MarkMode = 'attention' | 'all';

export const DEFAULT_SETTINGS: Settings = { highlights: true, pausedSites: [], marks: 'attention' };
const SETTINGS_KEY = 'settings';

export function parseSettings(v: unknown): Settings {
  if (typeof v !== 'object' || v === null) return { ...DEFAULT_SETTINGS };
  const o = v as Record<string, unknown>;
  return {
    highlights: typeof o.highlights === 'boolean' ? o.highlights : DEFAULT_SETTINGS.highlights,
    pausedSites: Array.isArray(o.pausedSites) ? o.pausedSites.filter((s): s is string => typeof s === 'string') : [],
    marks: o.marks === 'all' || o.marks === 'attention' ? o.marks : DEFAULT_SETTINGS.marks,
  };
}

export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

export async function setSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change. Returns an unsubscribe function. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The site a pause applies to: the page's hostname (`file` pages share one switch). */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? 'file' : u.hostname;
  } catch {
    return '';
  }
}
