/**
 * The claim card's state: which claim it shows, where, whether it is pinned
 * (opened by a click, the keyboard or a command: stays until closed) or a
 * hover card (opens after a short hover, closes when the pointer has left
 * both the claim and the card), and where focus goes back when it closes.
 * It renders nothing itself: `paint` is asked to show the current state.
 */
import type { CardState } from './overlay';
import type { Entry } from './entries';
import type { Highlighter } from './highlighter';

export const HOVER_OPEN_MS = 250;
export const HOVER_CLOSE_MS = 400;

export interface CardController {
  state(): CardState | null;
  /** Opens the card on `entry` at `rect`; `focus` moves keyboard focus into it. */
  open(entry: Entry, rect: DOMRect, pinned: boolean, focus: boolean): void;
  /** Closes the card, giving focus back to where it was when the card took it. */
  close(restoreFocus: boolean): void;
  /** The pointer rests on `entry`: a hover card opens after a moment (unless one is pinned). */
  hover(entry: Entry): void;
  /** The pointer is over no claim: a hover card closes after a moment. */
  leave(): void;
  /** The pointer entered or left the card. */
  pointerInCard(inside: boolean): void;
  /** On scroll or resize: a hover card closes, a pinned card follows its claim. Returns whether it painted. */
  follow(): boolean;
  /** Closes the card if its claim is no longer among `entries`. */
  keepIfIn(entries: readonly Entry[]): void;
}

export function createCard(o: { doc: Document; highlighter: Highlighter | null; paint: () => void; hoverOpenMs?: number; hoverCloseMs?: number }): CardController {
  const win = o.doc.defaultView!;
  const openMs = o.hoverOpenMs ?? HOVER_OPEN_MS;
  const closeMs = o.hoverCloseMs ?? HOVER_CLOSE_MS;
  let card: CardState | null = null;
  /** What the open card points at, to follow it when the page scrolls. */
  let anchor: Range | Element | null = null;
  let returnFocus: Element | null = null;
  let overCard = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (entry: Entry, rect: DOMRect, pinned: boolean, focus: boolean) => {
    clearTimeout(timer);
    if (focus && !card) returnFocus = o.doc.activeElement;
    card = { claim: entry.claim, at: { top: rect.top, bottom: rect.bottom, left: rect.left }, pinned, focus };
    anchor = entry.range ?? entry.editor;
    o.highlighter?.focus(entry.range);
    o.paint();
  };

  const close = (restoreFocus: boolean) => {
    clearTimeout(timer);
    if (!card) return;
    card = null;
    anchor = null;
    overCard = false;
    o.highlighter?.focus(null);
    o.paint();
    if (restoreFocus && returnFocus instanceof win.HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const leaveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!overCard && card && !card.pinned) close(false);
    }, closeMs);
  };

  return {
    state: () => card,
    open,
    close,
    hover(entry) {
      if (card?.claim.id === entry.claim.id) return clearTimeout(timer);
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!card?.pinned && entry.range) open(entry, entry.range.getBoundingClientRect(), false, false);
      }, openMs);
    },
    leave() {
      if (card && !card.pinned) leaveSoon();
      else clearTimeout(timer);
    },
    pointerInCard(inside) {
      overCard = inside;
      if (!inside && card && !card.pinned) leaveSoon();
    },
    follow() {
      if (card && !card.pinned) {
        close(false);
        return true;
      }
      if (card && anchor) {
        const r = anchor.getBoundingClientRect();
        card = { ...card, at: { top: r.top, bottom: r.bottom, left: r.left }, focus: false };
        o.paint();
        return true;
      }
      return false;
    },
    keepIfIn(entries) {
      if (card && !entries.some((e) => e.claim.id === card!.claim.id)) {
        card = null;
        anchor = null;
        o.highlighter?.focus(null);
      }
    },
  };
}
