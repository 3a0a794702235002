/**
 * Shows the reader where a claim is, on request from the popup or side
 * panel: scrolls it into view and flashes it with a highlight; where the
 * Highlight API is missing, selects its words instead (the only in-page cue
 * that needs no change to the page). A textarea's claim is selected in the
 * textarea: selection only, its value is never touched.
 */
import type { Highlighter } from './highlighter';
import type { Entry } from './scanner';

export function scrollToRange(range: Range): void {
  const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
}

/** Returns false when the claim can no longer be placed in the page. */
export function reveal(win: Window, entry: Entry, highlighter: Highlighter | null): boolean {
  if (entry.editor?.tagName === 'TEXTAREA') {
    const ta = entry.editor as HTMLTextAreaElement;
    ta.focus({ preventScroll: true });
    ta.scrollIntoView({ block: 'center' });
    ta.setSelectionRange(entry.claim.start, entry.claim.end);
    return true;
  }
  if (!entry.range || !entry.range.startContainer.isConnected) return false;
  scrollToRange(entry.range);
  if (highlighter) highlighter.flash(entry.range);
  else {
    const sel = win.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(entry.range);
  }
  return true;
}
