/**
 * What the content script does on a page about the launch, once the gate in
 * controller.ts has opened. This module only wires the pieces together:
 * - the scanner (lib/page/scanner.ts) reads the page and its drafts;
 * - marks (lib/page/marks.ts: what is marked in the reader's mode),
 *   registered near the viewport first on pages with very many
 *   (lib/page/mark-painter.ts);
 * - the card (lib/page/card.ts), opened by the pointer (lib/page/pointer.ts),
 *   the `step-claim` command (lib/page/stepping.ts) or a draft's list, closed
 *   by Escape (lib/page/keyboard.ts);
 * - the draft controls (lib/page/drafts.ts);
 * - the results sent to the background (lib/page/publish.ts);
 * - the overlay that draws the card, the draft controls and the live region
 *   (lib/page/overlay.tsx);
 * - settings (pause, highlights, marks) applied live, and messages.
 * It is not in the content script's bundle: entrypoints/session.ts builds it
 * as its own file, imported on demand (lib/page/lazy.ts), so pages that are
 * not about the launch never parse the engine, the reference set or Preact.
 *
 * The page's DOM is only read. The extension adds exactly one element, its
 * shadow-root UI host, to the <html> element (outside <body>), and only when
 * a card, a draft control or an announcement is shown.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageReference } from '../reference/bundled';
import { parseMessage, type HighlightState, type RevealReply, type StepReply } from '../messages';
import { getSettings, onSettingsChanged, siteOf, type Settings } from '../tab-store';
import { createCard } from './card';
import { createDrafts } from './drafts';
import type { Entry } from './entries';
import { onceAFrame } from './frame';
import { createHighlighter } from './highlighter';
import { escapeCloses } from './keyboard';
import { createMarkPainter } from './mark-painter';
import { attentionCount, attentionMessage, hoverableEntries, markedEntries } from './marks';
import { createOverlay } from './overlay';
import { createPointer } from './pointer';
import { createPublisher } from './publish';
import { reveal, scrollToRange } from './reveal';
import { createScanner, type ScanState } from './scanner';
import { attentionEntries, stepIndex } from './stepping';
import { hiddenInBrowser } from './visibility';

export async function startSession(ctx: ContentScriptContext, doc: Document): Promise<void> {
  const win = doc.defaultView!;
  const loaded = await pageReference();
  if (!loaded.ok) {
    console.warn(`Crosscheck: ${loaded.error}`);
    return;
  }
  const reference = loaded.reference;
  let settings: Settings = await getSettings();
  let state: ScanState = { relevant: false, entries: [], ownOutlet: null, about: null, mentions: [] };
  let announcement = '';
  let announcedCount = -1;
  let cursor = -1;

  const highlighter = createHighlighter(win);
  const painter = highlighter ? createMarkPainter(win, highlighter) : null;
  const drafts = createDrafts(doc);
  const paused = () => settings.pausedSites.includes(siteOf(win.location.href));
  const highlightState = (): HighlightState => (!highlighter ? 'unsupported' : settings.highlights ? 'on' : 'off');
  const hoverable = () => hoverableEntries(state.entries, settings, !!highlighter);

  const overlay = createOverlay(ctx, reference, {
    onCloseCard: () => card.close(true),
    onStep: (dir) => void step(dir === 1 ? 'next' : 'previous'),
    onCardPointer: (inside) => card.pointerInCard(inside),
    onSelectDraftClaim: (claim) => revealId(claim.id),
    onOpenDraftClaim: (claim) => {
      const entry = state.entries.find((e) => e.claim.id === claim.id);
      if (entry?.editor) card.open(entry, entry.editor.getBoundingClientRect(), true, true);
    },
    onDraftToggle: (key) => (drafts.toggle(key), paint()),
    onDraftClose: (key) => (drafts.close(key), paint()),
    onDraftDismiss: (key, claim) => (drafts.dismiss(key, claim), paint()),
    onDraftChecked: (key, issues) => (drafts.markChecked(key, issues), paint()),
  });
  const paint = () => overlay.render({ card: card.state(), drafts: paused() ? [] : drafts.controls(state.entries), announcement });
  const card = createCard({ doc, highlighter, paint });
  const pointer = createPointer({ doc, card, hoverable, owns: (n) => overlay.owns(n) });
  const publish = createPublisher(win, doc, (result) => {
    browser.runtime.sendMessage({ type: 'page-result', result }).catch(() => {
      // The extension was reloaded or updated; this script is orphaned.
    });
  });
  const report = () => publish({ state, paused: paused(), highlights: highlightState() });

  const showMarks = () => {
    if (!highlighter || !painter) return;
    painter.cancel();
    if (!settings.highlights || paused()) highlighter.clear();
    else painter.paint(markedEntries(state.entries, settings, true).map((e) => ({ range: e.range!, verdict: e.claim.verdict })));
  };

  /** After a scan: the live region says how many claims need attention, when that number changed. */
  const announceScan = () => {
    const n = attentionCount(state.entries);
    if (!state.relevant || n === announcedCount || (announcedCount < 0 && n === 0)) return;
    announcedCount = n;
    announcement = attentionMessage(n);
  };

  const scanner = createScanner({
    doc,
    reference,
    isHidden: hiddenInBrowser,
    ignore: (node) => overlay.owns(node),
    onChange: (s) => {
      state = s;
      card.keepIfIn(state.entries);
      showMarks();
      announceScan();
      paint();
      report();
    },
  });

  // The `step-claim` command: the next / previous claim needing attention, its card open with focus in it.
  function step(direction: 'next' | 'previous'): StepReply {
    const list = attentionEntries(state.entries);
    const i = stepIndex(list, card.state()?.claim.id ?? null, cursor, direction);
    if (i < 0) {
      announcement = attentionMessage(0);
      paint();
      return { ok: false, attention: 0 };
    }
    cursor = i;
    const entry: Entry = list[i]!;
    if (entry.range) {
      scrollToRange(entry.range);
      // Without the Highlight API nothing is marked: the claim's words are selected instead (no change to the page).
      if (!highlighter) {
        const sel = win.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(entry.range);
      }
      card.open(entry, entry.range.getBoundingClientRect(), true, true);
    } else if (entry.editor) {
      reveal(win, entry, highlighter);
      card.open(entry, entry.editor.getBoundingClientRect(), true, true);
    }
    return { ok: true, attention: list.length };
  }

  // Scroll to a claim from the popup.
  function revealId(id: string): boolean {
    const entry = state.entries.find((e) => e.claim.id === id);
    return !!entry && reveal(win, entry, highlighter);
  }

  const onMessage = (raw: unknown): Promise<RevealReply | StepReply> | undefined => {
    const msg = parseMessage(raw);
    if (msg?.type === 'reveal-claim') return Promise.resolve({ ok: revealId(msg.id) });
    if (msg?.type === 'step-claim' && !paused()) return Promise.resolve(step(msg.direction));
    return undefined;
  };

  // On scroll and resize, once a frame at most: the marks follow the viewport (on pages with very many),
  // a hover card closes, a pinned card follows its claim, draft controls follow their editors.
  const reposition = onceAFrame(win, () => {
    painter?.follow();
    if (card.follow()) return;
    if (state.entries.some((e) => e.editor)) paint();
  });
  const onScroll = () => reposition.request();
  const onKeyDown = escapeCloses(
    () => !!card.state(),
    () => card.close(true),
  );

  const listen = () => {
    doc.addEventListener('pointermove', pointer.onPointerMove, { passive: true, capture: true });
    doc.addEventListener('click', pointer.onClick, true);
    win.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('scroll', onScroll, { passive: true, capture: true });
    win.addEventListener('resize', onScroll, { passive: true });
  };
  const unlisten = () => {
    doc.removeEventListener('pointermove', pointer.onPointerMove, true);
    doc.removeEventListener('click', pointer.onClick, true);
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('resize', onScroll);
    reposition.cancel();
  };

  browser.runtime.onMessage.addListener(onMessage);
  const stopSettings = onSettingsChanged((next) => {
    const wasPaused = paused();
    settings = next;
    if (paused() && !wasPaused) {
      scanner.stop();
      unlisten();
      card.close(false);
      painter?.cancel();
      highlighter?.clear();
      paint();
      report();
    } else if (!paused() && wasPaused) {
      listen();
      scanner.start();
      scanner.rescan();
    } else {
      if (!settings.highlights) card.close(false);
      showMarks();
      report();
    }
  });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    card.close(false);
    if (!paused()) scanner.rescan();
  });
  ctx.onInvalidated(() => {
    scanner.stop();
    unlisten();
    stopSettings();
    browser.runtime.onMessage.removeListener(onMessage);
    painter?.cancel();
    highlighter?.clear();
    overlay.remove();
  });

  if (paused()) {
    report();
    return;
  }
  listen();
  scanner.start();
}
