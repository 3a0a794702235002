/**
 * When the page is read again after it changes: debounced (a quiet period),
 * with a maximum wait for a page that never goes quiet, and never sooner
 * than a gap after the last scan ended that grows with how long that scan
 * took (five times its work, at least a second). A page that changes all the
 * time therefore costs a bounded share of the main thread.
 */

export interface RescanScheduleOptions {
  /** Quiet period before a rescan, ms. */
  debounceMs: number;
  /** Longest a rescan waits for the page to go quiet, ms. */
  maxWaitMs: number;
  /** The work of the last scan, ms (sets the minimum gap). */
  lastDuration: () => number;
  /** Runs a scan; the schedule notes when it ends. */
  run: () => Promise<void>;
  now?: () => number;
}

export interface RescanSchedule {
  /** The page changed: a rescan is due at the debounced time. */
  changed(): void;
  /** Runs a scan now (the first one, or a forced rescan), noting when it ends. */
  runNow(): Promise<void>;
  /** Cancels a pending rescan. */
  cancel(): void;
}

/** The smallest gap after a scan that took `lastDurationMs` of work. */
export const minimumGap = (lastDurationMs: number) => Math.max(1000, lastDurationMs * 5);

/**
 * When a rescan is due, given the time of this change, of the first change
 * still waiting, and of the last scan's end (all ms).
 */
export function dueAt(at: number, firstPending: number, lastScanEnd: number, o: { debounceMs: number; maxWaitMs: number; lastDurationMs: number }): number {
  return Math.max(Math.min(at + o.debounceMs, firstPending + o.maxWaitMs), lastScanEnd + minimumGap(o.lastDurationMs));
}

export function createRescanSchedule(opts: RescanScheduleOptions): RescanSchedule {
  const now = opts.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastScanEnd = 0;

  const runNow = () => opts.run().then(() => void (lastScanEnd = now()));

  return {
    changed() {
      const at = now();
      if (timer === undefined) firstPending = at;
      clearTimeout(timer);
      const due = dueAt(at, firstPending, lastScanEnd, { debounceMs: opts.debounceMs, maxWaitMs: opts.maxWaitMs, lastDurationMs: opts.lastDuration() });
      timer = setTimeout(() => {
        timer = undefined;
        void runNow();
      }, due - at);
    },
    runNow,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
