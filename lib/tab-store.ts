/**
 * Per-tab results and user settings in extension storage.
 *
 * Results live in `storage.session` (one key per tab) so they survive the MV3
 * service worker being stopped, and vanish when the browser closes. Settings
 * (the highlights switch, sites paused) live in `storage.local`.
 * Everything read back is validated: storage may hold data from an older build.
 */
import { browser } from 'wxt/browser';
import { isTabResult, type TabResult } from './messages';

export const tabKey = (tabId: number) => `tab:${tabId}`;

export async function getTabResult(tabId: number): Promise<TabResult | null> {
  const key = tabKey(tabId);
  const got = await browser.storage.session.get(key);
  const v: unknown = got[key];
  return isTabResult(v) ? v : null;
}

export async function setTabResult(tabId: number, result: TabResult): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: result });
}

export async function clearTabResult(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

export interface Settings {
  /** Mark claims in pages (the results are still listed when off). */
  highlights: boolean;
  /** Hostnames where Crosscheck does nothing. */
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { highlights: true, pausedSites: [] };
const SETTINGS_KEY = 'settings';

export function parseSettings(v: unknown): Settings {
  if (typeof v !== 'object' || v === null) return { ...DEFAULT_SETTINGS };
  const o = v as Record<string, unknown>;
  return {
    highlights: typeof o.highlights === 'boolean' ? o.highlights : DEFAULT_SETTINGS.highlights,
    pausedSites: Array.isArray(o.pausedSites) ? o.pausedSites.filter((s): s is string => typeof s === 'string') : [],
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
