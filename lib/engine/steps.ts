/**
 * Sliced computations. Long work in the engine and the page reader is
 * written as a generator that pauses (yields nothing) between steps of a few
 * milliseconds and returns its result; a caller on a page's main thread runs
 * it in slices (lib/page/slices.ts), anything else runs it to the end here.
 */

/** A computation that pauses between steps and returns a T. */
export type Steps<T> = Generator<void, T>;

/** Runs a sliced computation without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
