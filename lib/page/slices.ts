/**
 * Runs sliced work (lib/engine/steps.ts: the engine's checkSteps, the page
 * reader's readableSteps) on a page's main thread without long tasks: steps
 * run until a slice's time budget is spent, then the page gets its turn (a
 * fresh task) before the next slice. A run that has been superseded (a newer
 * scan started, the scanner stopped) stops at its next pause.
 */
import type { Steps } from '../engine/steps';

/** Time a slice may run before it hands the main thread back, ms. */
export const SLICE_BUDGET_MS = 8;

/** What a run cost, added up over its slices. */
export interface SliceStats {
  /** Time spent working, ms (the wall clock minus the page's turns). */
  busyMs: number;
  slices: number;
  /** The longest slice, ms. */
  longestMs: number;
}

export const noStats = (): SliceStats => ({ busyMs: 0, slices: 0, longestMs: 0 });

export interface SliceOptions {
  /** Whether the run is no longer wanted; checked at every pause. */
  cancelled?: () => boolean;
  /** Adds this run's cost to these totals. */
  stats?: SliceStats;
  budgetMs?: number;
  now?: () => number;
  /** Gives the page its turn; resolves when the next slice may run. */
  pause?: () => Promise<void>;
}

/**
 * A pause that lets the page's own tasks run before the next slice: a
 * MessageChannel message, an ordinary task queued behind whatever the page
 * has queued. Not `scheduler.yield()`: its continuation is run ahead of the
 * page's tasks, which let input through but starved the page's timers for
 * the whole 1.3 s of a scan in Chromium 156. Not a zero-delay setTimeout
 * either: nested timers are clamped to 4 ms, which would stretch a long run.
 */
export function pauseIn(win: Window): () => Promise<void> {
  const Channel = (win as unknown as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (typeof Channel === 'function') {
    const channel = new Channel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => win.setTimeout(resolve, 0));
}

/** Runs `steps` in slices; resolves to its result, or null if cancelled. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T | null> {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const stats = options.stats ?? noStats();
  for (;;) {
    if (options.cancelled?.()) {
      steps.return(null as T);
      return null;
    }
    const start = now();
    let elapsed = 0;
    do {
      const r = steps.next();
      if (r.done) {
        elapsed = now() - start;
        record(stats, elapsed);
        return r.value;
      }
      elapsed = now() - start;
    } while (elapsed < budget);
    record(stats, elapsed);
    await pause();
  }
}

function record(stats: SliceStats, ms: number) {
  stats.busyMs += ms;
  stats.slices += 1;
  stats.longestMs = Math.max(stats.longestMs, ms);
}
