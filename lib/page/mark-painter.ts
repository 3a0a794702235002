/**
 * Registers a page's marks viewport first. A registered Highlight costs the
 * browser work on every change in proportion to all the ranges it holds, so
 * on a page with thousands of claims, registering every Range is a long
 * task whenever anything changes. Up to WINDOW_FROM marks are registered at
 * once (every real article); beyond that only the marks within a few
 * screens of the viewport are registered, and the window follows the reader
 * as they scroll (`follow`, called once an animation frame at most). The
 * claims are listed in full elsewhere (the popup); only the drawing is
 * limited to where the reader is.
 * Marks are in page order, so the window is found by a binary search on
 * their boxes (a few dozen box reads, not one per claim). Where page order
 * is not top-to-bottom order (columns, positioned blocks), a mark out of
 * order shows when the reader scrolls to where it is in page order.
 */
import type { Verdict } from '../engine/types';
import { benchMeasure } from './bench-marks';
import type { Highlighter } from './highlighter';

export interface Mark {
  range: Range;
  verdict: Verdict;
}

/** Up to this many marks are all registered at once. */
export const WINDOW_FROM = 2000;
/** How far beyond the viewport the window reaches, in viewport heights, above and below. */
const REACH = 3;

/**
 * Indices [from, to) of the marks whose boxes lie within `margin` px of the
 * viewport (0..height), assuming page order is top-to-bottom order. A mark
 * with no box reads as at the viewport's top.
 */
export function nearViewport(marks: readonly Mark[], height: number, margin: number): [number, number] {
  const box = (i: number) => marks[i]!.range.getBoundingClientRect();
  // First mark whose bottom is at or below -margin.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).bottom < -margin) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  // First mark (from `from`) whose top is below height + margin.
  hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).top <= height + margin) lo = mid + 1;
    else hi = mid;
  }
  return [from, Math.max(from, lo)];
}

export interface MarkPainter {
  /** Replaces the marks: all of them, or (on a page with very many) those near the viewport. */
  paint(marks: readonly Mark[]): void;
  /** The viewport moved: registers the marks now near it, if the window must move. */
  follow(): void;
  /** Forgets the marks (highlights turned off, the page paused). */
  cancel(): void;
  /** How many marks are registered now. */
  registered(): number;
}

export function createMarkPainter(win: Window, highlighter: Highlighter): MarkPainter {
  let all: readonly Mark[] = [];
  let window: [number, number] = [0, 0];
  let count = 0;

  const place = () => {
    const start = win.performance.now();
    const h = win.innerHeight;
    const [from, to] = nearViewport(all, h, REACH * h);
    if (from === window[0] && to === window[1]) return;
    window = [from, to];
    const shown = all.slice(from, to);
    highlighter.show([...shown]);
    count = shown.length;
    benchMeasure('marks', start, { marks: count });
  };

  return {
    paint(marks) {
      all = marks;
      window = [-1, -1];
      if (marks.length <= WINDOW_FROM) {
        highlighter.show([...marks]);
        count = marks.length;
        return;
      }
      place();
    },
    follow() {
      if (all.length > WINDOW_FROM) place();
    },
    cancel() {
      all = [];
      window = [0, 0];
      count = 0;
    },
    registered: () => count,
  };
}
