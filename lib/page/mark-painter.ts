/**
 * Registers a page's marks viewport first. On a page with thousands of
 * claims, registering every Range at once is one long task (50,000 claims
 * left a gap of a third of a second). Instead the marks near the viewport
 * (a screen above and below it) are registered at once, and the rest are
 * added in slices of a few milliseconds that give the page its turn
 * (lib/page/slices.ts), those below the viewport first. The claims are
 * listed in full elsewhere (the popup); only the drawing is spread out.
 * Marks are in page order, so the ones near the viewport are found by a
 * binary search on their boxes (a few dozen box reads, not one per claim).
 */
import type { Verdict } from '../engine/types';
import { benchMeasure } from './bench-marks';
import type { Highlighter } from './highlighter';
import { noStats, runInSlices } from './slices';

export interface Mark {
  range: Range;
  verdict: Verdict;
}

/** Below this many marks everything is registered at once. */
export const AT_ONCE = 400;
/** Marks added between two checks of the slice's clock. */
const BATCH = 100;

/**
 * Indices [from, to) of the marks whose boxes lie within `margin` px of the
 * viewport (0..height), assuming page order is top-to-bottom order (where
 * it is not, the marks out of order are still added, a moment later). A
 * mark with no box reads as at the viewport's top.
 */
export function nearViewport(marks: readonly Mark[], height: number, margin: number): [number, number] {
  const top = (i: number) => marks[i]!.range.getBoundingClientRect();
  // First mark whose bottom is at or below -margin.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(mid).bottom < -margin) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  // First mark (from `from`) whose top is below height + margin.
  hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(mid).top <= height + margin) lo = mid + 1;
    else hi = mid;
  }
  return [from, Math.max(from, lo)];
}

export interface MarkPainter {
  /** Replaces the marks: those near the viewport now, the rest in slices. */
  paint(marks: readonly Mark[]): void;
  /** Stops adding marks (a newer paint, or highlights turned off). */
  cancel(): void;
  /** Resolves when every mark of the latest paint is registered. */
  whenDone(): Promise<void>;
}

export function createMarkPainter(win: Window, highlighter: Highlighter, pause: () => Promise<void>): MarkPainter {
  let generation = 0;
  let done: Promise<void> = Promise.resolve();

  return {
    paint(marks) {
      const mine = ++generation;
      if (marks.length <= AT_ONCE) {
        highlighter.show([...marks]);
        done = Promise.resolve();
        return;
      }
      const h = win.innerHeight;
      const [from, to] = nearViewport(marks, h, h);
      highlighter.show(marks.slice(from, to));
      // Below the viewport first (where the reader is heading), then above.
      const rest = [...marks.slice(to), ...marks.slice(0, from)];
      const start = win.performance.now();
      const stats = noStats();
      done = runInSlices(addSteps(rest), { cancelled: () => mine !== generation, pause, stats, now: () => win.performance.now() }).then(() => {
        benchMeasure('marks', start, { busyMs: stats.busyMs, longestMs: stats.longestMs, slices: stats.slices });
      });

      function* addSteps(list: Mark[]): Generator<void, void> {
        for (let i = 0; i < list.length; i += BATCH) {
          highlighter.add(list.slice(i, i + BATCH));
          yield;
        }
      }
    },
    cancel() {
      generation++;
    },
    whenDone: () => done,
  };
}
