/**
 * User Timing measures for `npm run bench:browser`, recorded only in bench
 * builds (`wxt build --mode bench`). In every other build `BENCH` is the
 * constant false, so the calls do nothing and the bundler drops them: a
 * shipped extension leaves no trace in a page's performance timeline.
 */

const BENCH = import.meta.env?.MODE === 'bench';

/** performance.now() in bench builds, 0 elsewhere (so the gate pays for no clock read). */
export function benchStart(): number {
  return BENCH ? performance.now() : 0;
}

/** Records `crosscheck:<name>` from `start` (a performance.now() time) to now. */
export function benchMeasure(name: string, start: number, detail?: Record<string, number>): void {
  if (!BENCH) return;
  performance.measure(`crosscheck:${name}`, { start, end: performance.now(), detail });
}
