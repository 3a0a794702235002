/**
 * The background's answers to the reader's own actions:
 * - manifest commands (changeable in the browser's shortcut settings):
 *   `next-attention` / `previous-attention` send `step-claim` to the active
 *   tab's top frame, `open-side-panel` opens the side panel (Chrome) or the
 *   sidebar (Firefox);
 * - the context menu's "Check with Crosscheck" on selected text: the
 *   selection is handed to the side panel (lib/handoff.ts), which checks it
 *   in its "Check text" tab; the panel is opened in the click's own turn,
 *   since the browser only lets a user gesture open it;
 * - on install, the first-run page.
 * Nothing here reads a page: the selection is what the browser passes with
 * the click.
 */
import { browser } from 'wxt/browser';
import { handOffText } from './handoff';
import type { StepClaimMessage } from './messages';

export const MENU_ID = 'crosscheck-check-selection';
export const COMMANDS = { next: 'next-attention', previous: 'previous-attention', panel: 'open-side-panel' } as const;

interface PanelApis {
  sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  action?: { openPopup?: () => Promise<void> };
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) for a tab; called in
 * the turn of the user's gesture, before anything is awaited. Falls back to
 * the toolbar popup where neither opens.
 */
export function openPanel(tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  const api = browser as unknown as PanelApis;
  let tried: Promise<void>;
  try {
    // Either may throw at once (not only reject) when the browser sees no user gesture.
    tried = api.sidePanel
      ? api.sidePanel.open(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId })
      : api.sidebarAction
        ? api.sidebarAction.open()
        : Promise.reject(new Error('no side panel'));
  } catch (e) {
    tried = Promise.reject(e);
  }
  return tried.catch(async () => {
    try {
      await api.action?.openPopup?.();
    } catch {
      // Neither opened: the text waits in storage for the next time the panel or popup opens.
    }
  });
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Sends `step-claim` to a tab's top frame (where the page's claims are stepped through). */
export async function stepClaim(tabId: number, direction: 'next' | 'previous'): Promise<void> {
  const msg: StepClaimMessage = { type: 'step-claim', direction };
  try {
    await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
  } catch {
    // No content script there (a browser page, or a page not about the launch): nothing to step through.
  }
}

/** What the context menu's click does: open the panel, then hand it the selection. */
export function checkSelection(selection: string, pageUrl: string | null, tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  const opened = openPanel(tab);
  return Promise.all([opened, handOffText(selection, pageUrl)]).then(() => undefined);
}

/** A manifest command: step through the claims needing attention, or open the panel. */
export function onCommand(command: string, tab?: { id?: number; windowId?: number }): void {
  if (command === COMMANDS.panel) {
    void openPanel(tab);
    return;
  }
  const direction = command === COMMANDS.next ? 'next' : command === COMMANDS.previous ? 'previous' : null;
  if (!direction) return;
  void (async () => {
    const id = tab?.id ?? (await activeTabId());
    if (id !== null) await stepClaim(id, direction);
  })();
}

/** A context-menu click: "Check with Crosscheck" on a selection. */
export function onMenuClick(info: { menuItemId: string | number; selectionText?: string; pageUrl?: string }, tab?: { id?: number; windowId?: number }): void {
  if (info.menuItemId !== MENU_ID || !info.selectionText) return;
  void checkSelection(info.selectionText, info.pageUrl ?? null, tab);
}

export function startCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => onCommand(command, tab));
  const menus = browser.contextMenus;
  browser.runtime.onInstalled.addListener((details) => {
    // Menus persist across worker restarts; they are (re)made on install and update.
    void menus?.removeAll().then(() => menus.create({ id: MENU_ID, title: 'Check with Crosscheck', contexts: ['selection'] }));
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  menus?.onClicked.addListener((info, tab) => onMenuClick(info, tab));
  // The browser tests cannot press a command's keys or right-click a native menu in headless
  // Chromium: they call the same handlers from the service worker's console.
  Object.assign(globalThis, { crosscheckHandlers: { onCommand, onMenuClick } });
}
