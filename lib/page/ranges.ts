/**
 * Maps offsets in a readable text (lib/page/readable.ts) back to live DOM
 * Ranges. Segments map 1:1 within a Text node; offsets that fall in the
 * separators readable() inserts between nodes snap to the nearest text.
 */
import type { Readable, Segment } from './readable';

/** Index of the last segment starting at or before `offset` (binary search), or -1. */
function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A Range over `text.slice(start, end)` in the page, or null when the page
 * has changed since it was read (a node left the document or shrank).
 */
export function rangeFor(doc: Document, read: Pick<Readable, 'segments'>, start: number, end: number): Range | null {
  const { segments } = read;
  if (end <= start || segments.length === 0) return null;
  // Start: inside a segment, or the start of the next one if in a separator.
  let si = segmentAt(segments, start);
  let startNode: Segment | undefined;
  let startOffset = 0;
  if (si >= 0 && start < segments[si]!.start + segments[si]!.length) {
    startNode = segments[si];
    startOffset = start - startNode!.start;
  } else {
    startNode = segments[si + 1];
    si += 1;
  }
  // End: inside a segment (exclusive end), or the end of the previous one.
  const ei = segmentAt(segments, end - 1);
  const endSeg = segments[ei];
  if (!startNode || !endSeg || ei < si) return null;
  const endOffset = Math.min(end - endSeg.start, endSeg.length);
  if (!startNode.node.isConnected || !endSeg.node.isConnected) return null;
  if (startNode.node.data.length < startNode.length || endSeg.node.data.length < endSeg.length) return null;
  const range = doc.createRange();
  range.setStart(startNode.node, startOffset);
  range.setEnd(endSeg.node, endOffset);
  return range;
}
