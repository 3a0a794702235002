/**
 * What the content script does on a page about the launch, once the gate in
 * controller.ts has opened: the scanner, highlights, the card on hover, click
 * and keyboard, the draft panels, settings (pause, highlights) and messages.
 * It is not in the content script's bundle: entrypoints/session.ts builds it
 * as its own file, imported on demand (lib/page/lazy.ts), so pages that are
 * not about the launch never parse the engine, the reference set or Preact.
 *
 * The page's DOM is only read. The extension adds exactly one element, its
 * shadow-root UI host, to the <html> element (outside <body>), and only when
 * a card or a draft panel is shown.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageReference } from '../reference/bundled';
import { MAX_CLAIMS, parseMessage, type HighlightState, type PageClaim, type RevealReply, type TabResult } from '../messages';
import { getSettings, onSettingsChanged, siteOf, type Settings } from '../tab-store';
import { createHighlighter } from './highlighter';
import { rangeAtPoint } from './hit-test';
import { createOverlay, type CardState, type DraftPanelState } from './overlay';
import { createScanner, type Entry, type ScanState, type Scanner } from './scanner';
import { reveal, scrollToRange } from './reveal';
import { hiddenInBrowser } from './visibility';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 400;

export async function startSession(ctx: ContentScriptContext, doc: Document): Promise<void> {
  const win = doc.defaultView!;
  const loaded = await pageReference();
  if (!loaded.ok) {
    console.warn(`Crosscheck: ${loaded.error}`);
    return;
  }
  const reference = loaded.reference;
  let settings: Settings = await getSettings();
  const highlighter = createHighlighter(win);
  let state: ScanState = { relevant: false, entries: [], ownOutlet: null, about: null, mentions: [] };
  let reported = false;
  let card: CardState | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let overCard = false;
  let cursor = -1;
  let returnFocus: Element | null = null;
  /** What the open card points at, to follow it when the page scrolls. */
  let cardAnchor: Range | Element | null = null;

  const paused = () => settings.pausedSites.includes(siteOf(win.location.href));
  const highlightState = (): HighlightState => (!highlighter ? 'unsupported' : settings.highlights ? 'on' : 'off');
  const marked = () => (highlighter && settings.highlights ? state.entries.filter((e) => e.range) : []);

  const overlay = createOverlay(ctx, reference, {
    onCloseCard: () => closeCard(true),
    onStep: (dir) => step(dir),
    onCardPointer: (inside) => {
      overCard = inside;
      if (!inside && card && !card.pinned) scheduleHoverClose();
    },
    onSelectDraftClaim: (claim) => revealId(claim.id),
    onOpenDraftClaim: (claim) => {
      const entry = state.entries.find((e) => e.claim.id === claim.id);
      if (entry?.editor) openCard(entry, entry.editor.getBoundingClientRect(), true, true);
    },
  });

  const draftPanels = (): DraftPanelState[] => {
    const byEditor = new Map<Element, PageClaim[]>();
    for (const e of state.entries) {
      if (e.editor?.tagName !== 'TEXTAREA') continue;
      byEditor.set(e.editor, [...(byEditor.get(e.editor) ?? []), e.claim]);
    }
    const panels: DraftPanelState[] = [];
    for (const [editor, claims] of byEditor) {
      const r = editor.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      panels.push({ key: claims[0]!.id.split(':').slice(0, 2).join(':'), claims, at: { left: r.left, top: r.bottom + 4, width: Math.max(260, r.width) } });
    }
    return panels;
  };

  const paint = () => overlay.render({ card, drafts: paused() ? [] : draftPanels() });

  let lastSent = '';
  const publish = () => {
    if (!state.relevant && !reported && !paused()) return; // unrelated pages never wake the background
    reported = true;
    const result: TabResult = {
      url: win.location.href,
      title: doc.title,
      relevant: state.relevant,
      about: state.about,
      mentions: state.mentions,
      claims: paused() ? [] : state.entries.slice(0, MAX_CLAIMS).map((e) => e.claim),
      ...(!paused() && state.entries.length > MAX_CLAIMS ? { total: state.entries.length } : {}),
      highlights: highlightState(),
      paused: paused(),
      ownOutlet: state.ownOutlet,
      scannedAt: Date.now(),
    };
    // A rescan that found the same as before sends nothing (no wake-up, no storage write).
    const key = JSON.stringify({ ...result, scannedAt: 0 });
    if (key === lastSent) return;
    lastSent = key;
    browser.runtime.sendMessage({ type: 'page-result', result }).catch(() => {
      // The extension was reloaded or updated; this script is orphaned.
    });
  };

  const showMarks = () => {
    if (!highlighter) return;
    if (!settings.highlights || paused()) highlighter.clear();
    else highlighter.show(marked().map((e) => ({ range: e.range!, verdict: e.claim.verdict })));
  };

  const scanner: Scanner = createScanner({
    doc,
    reference,
    isHidden: hiddenInBrowser,
    ignore: (node) => overlay.owns(node),
    onChange: (s) => {
      state = s;
      if (card && !state.entries.some((e) => e.claim.id === card!.claim.id)) card = null;
      showMarks();
      paint();
      publish();
    },
  });

  // Card ------------------------------------------------------------------
  function openCard(entry: Entry, rect: DOMRect, pinned: boolean, focus: boolean) {
    clearTimeout(hoverTimer);
    if (focus && !card) returnFocus = doc.activeElement;
    card = { claim: entry.claim, at: { top: rect.top, bottom: rect.bottom, left: rect.left }, pinned, focus };
    cardAnchor = entry.range ?? entry.editor;
    highlighter?.focus(entry.range);
    paint();
  }
  function closeCard(restoreFocus: boolean) {
    clearTimeout(hoverTimer);
    if (!card) return;
    card = null;
    cardAnchor = null;
    overCard = false;
    highlighter?.focus(null);
    paint();
    if (restoreFocus && returnFocus instanceof win.HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }
  function scheduleHoverClose() {
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => {
      if (!overCard && card && !card.pinned) closeCard(false);
    }, HOVER_CLOSE_MS);
  }

  const entryAt = (x: number, y: number): Entry | null => {
    const list = marked();
    const i = rangeAtPoint(doc, list.map((e) => e.range), x, y);
    return i >= 0 ? list[i]! : null;
  };

  let moveFrame = 0;
  const onPointerMove = (e: PointerEvent) => {
    if (moveFrame || marked().length === 0) return;
    const { clientX: x, clientY: y } = e;
    const target = e.target as Node | null;
    moveFrame = win.requestAnimationFrame(() => {
      moveFrame = 0;
      if (overlay.owns(target)) return;
      const hit = entryAt(x, y);
      if (hit) {
        if (card?.claim.id === hit.claim.id) return clearTimeout(hoverTimer);
        clearTimeout(hoverTimer);
        hoverTimer = setTimeout(() => {
          const rect = hit.range!.getBoundingClientRect();
          if (!card?.pinned) openCard(hit, rect, false, false);
        }, HOVER_OPEN_MS);
      } else if (card && !card.pinned) scheduleHoverClose();
      else clearTimeout(hoverTimer);
    });
  };
  const onClick = (e: MouseEvent) => {
    if (overlay.owns(e.target as Node | null)) return;
    if (e.button !== 0 || marked().length === 0) return;
    const hit = entryAt(e.clientX, e.clientY);
    if (hit) {
      // A highlighted claim inside a link still follows the link; the card opens too.
      openCard(hit, hit.range!.getBoundingClientRect(), true, false);
    } else if (card) closeCard(false);
  };

  // Keyboard: Alt+Shift+N / Alt+Shift+P step through claims and open the card; Escape closes it.
  function step(dir: 1 | -1): boolean {
    // Without the Highlight API nothing is marked, but the keyboard still steps through claims:
    // each is selected (no change to the page) and its card opens.
    const list = highlighter ? marked() : settings.highlights ? state.entries.filter((e) => e.range) : [];
    if (list.length === 0) return false;
    const at = card ? list.findIndex((e) => e.claim.id === card!.claim.id) : -1;
    cursor = ((at >= 0 ? at : cursor) + dir + list.length) % list.length;
    const entry = list[cursor]!;
    scrollToRange(entry.range!);
    if (!highlighter) {
      const sel = win.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(entry.range!);
    }
    openCard(entry, entry.range!.getBoundingClientRect(), true, true);
    return true;
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card) {
      closeCard(true);
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
    if (step(e.code === 'KeyN' ? 1 : -1)) e.preventDefault();
  };

  // Scroll to a claim from the popup ------------------------------------------
  function revealId(id: string): boolean {
    const entry = state.entries.find((e) => e.claim.id === id);
    return !!entry && reveal(win, entry, highlighter);
  }

  const onMessage = (raw: unknown): Promise<RevealReply> | undefined => {
    const msg = parseMessage(raw);
    if (msg?.type !== 'reveal-claim') return undefined;
    return Promise.resolve({ ok: revealId(msg.id) });
  };

  // On scroll and resize, once a frame at most: a hover card closes, a pinned card follows its claim,
  // draft panels follow their textareas.
  let repositionFrame = 0;
  const reposition = () => {
    if (repositionFrame) return;
    repositionFrame = win.requestAnimationFrame(() => {
      repositionFrame = 0;
      if (card && !card.pinned) closeCard(false);
      else if (card && cardAnchor) {
        const r = cardAnchor.getBoundingClientRect();
        card = { ...card, at: { top: r.top, bottom: r.bottom, left: r.left }, focus: false };
        paint();
        return;
      }
      if (state.entries.some((e) => e.editor?.tagName === 'TEXTAREA')) paint();
    });
  };

  // Wiring ---------------------------------------------------------------------
  const listen = () => {
    doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
    doc.addEventListener('click', onClick, true);
    win.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('scroll', reposition, { passive: true, capture: true });
    win.addEventListener('resize', reposition, { passive: true });
  };
  const unlisten = () => {
    doc.removeEventListener('pointermove', onPointerMove, true);
    doc.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('scroll', reposition, true);
    win.removeEventListener('resize', reposition);
  };

  browser.runtime.onMessage.addListener(onMessage);
  const stopSettings = onSettingsChanged((next) => {
    const wasPaused = paused();
    settings = next;
    if (paused() && !wasPaused) {
      scanner.stop();
      unlisten();
      closeCard(false);
      highlighter?.clear();
      paint();
      publish();
    } else if (!paused() && wasPaused) {
      listen();
      scanner.start();
      scanner.rescan();
    } else {
      if (!settings.highlights) closeCard(false);
      showMarks();
      publish();
    }
  });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    closeCard(false);
    if (!paused()) scanner.rescan();
  });
  ctx.onInvalidated(() => {
    scanner.stop();
    unlisten();
    stopSettings();
    browser.runtime.onMessage.removeListener(onMessage);
    highlighter?.clear();
    overlay.remove();
  });

  if (paused()) {
    publish();
    return;
  }
  listen();
  scanner.start();
}
