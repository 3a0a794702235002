/**
 * Which claim lies under the pointer. Highlights are not elements, so the
 * content script asks the browser for the caret position at a point and
 * checks it against each claim's Range, then confirms with the Range's boxes
 * (a caret position snaps to the nearest character even over blank space).
 */

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const inside = (rect: DOMRect, x: number, y: number, slop = 2) =>
  x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop;

/** Index of the first of `ranges` under the point (x, y) in viewport pixels, or -1. */
export function rangeAtPoint(doc: Document, ranges: readonly (Range | null)[], x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (!r) continue;
    if (caret) {
      let cmp: number;
      try {
        cmp = r.comparePoint(caret.node, caret.offset);
      } catch {
        continue;
      }
      if (cmp !== 0) continue;
    }
    for (const rect of Array.from(r.getClientRects())) if (inside(rect, x, y)) return i;
  }
  return -1;
}
