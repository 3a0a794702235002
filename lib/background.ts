/**
 * What the background does, wired to the browser API:
 * - stores each frame's `page-result` (validated; the content script runs in
 *   every frame) and the tab's merged result under `tab:<id>` in storage.session;
 * - sets the badge to the number of contradicted + disputed claims, red when any
 *   is contradicted, amber when only disputed; empty otherwise;
 * - clears both when the tab's top document navigates to another address or
 *   the tab closes (a subframe that navigates keeps its last result until its
 *   new document reports or the tab's top document changes).
 * State lives only in storage, so a stopped service worker loses nothing.
 */
import { browser } from 'wxt/browser';
import { badgeFor, parseMessage, type TabResult } from './messages';
import { clearTabResult, setFrameResult } from './tab-store';

/** `browser.action` in MV3; MV2 Firefox builds call it `browserAction`. */
function action() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showBadge(tabId: number, result: TabResult | null): Promise<void> {
  const { text, color } = badgeFor(result);
  try {
    await action().setBadgeText({ tabId, text });
    if (text) await action().setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Drops a path's fragment so in-page anchors don't count as navigation. */
const withoutHash = (url: string) => url.replace(/#.*$/, '');

export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = parseMessage(raw);
    const tabId = sender.tab?.id;
    // Only content scripts of this extension report page results.
    if (!msg || msg.type !== 'page-result' || tabId === undefined || sender.id !== browser.runtime.id) return undefined;
    const frameId = sender.frameId ?? 0;
    return (async () => {
      const merged = await setFrameResult(tabId, frameId, msg.result);
      await showBadge(tabId, merged);
    })();
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined && change.status !== 'loading') return;
    void (async () => {
      // Without the "tabs" permission Chrome reports a new document as { status: 'loading' } with no
      // address: always clear then (the new page reports again if it has claims). A single-page app
      // that already reported its new address keeps that result.
      const sameAddress = (stored: TabResult) => change.url !== undefined && withoutHash(change.url) === withoutHash(stored.url);
      if (await clearTabResult(tabId, sameAddress)) await showBadge(tabId, null);
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabResult(tabId);
  });
}
