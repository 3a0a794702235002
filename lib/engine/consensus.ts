/**
 * From outlets' stances to a verdict. Five outlets rarely agree on every
 * figure (one blog gave 500 km, one wire rewrite said Tuesday), so a claim is
 * judged by the outlets' clear majority, not by unanimity:
 *
 * - `supported`: at least CLEAR_MAJORITY of the outlets that state the fact agree;
 * - `contradicted`: at least CLEAR_MAJORITY differ, and at least MIN_AGAINST of
 *   them (one outlet alone is not enough to call a page wrong);
 * - `disputed`: the outlets split with no clear majority either way;
 * - `unverified`: no outlet states it, or a single outlet states it and differs.
 */
import type { Counts, Verdict } from './types';

/** The share of the outlets stating a fact that makes a clear majority. */
export const CLEAR_MAJORITY = 2 / 3;
/** Outlets that must differ before a claim is contradicted. */
export const MIN_AGAINST = 2;

export function consensus({ agree, differ }: Counts): Verdict {
  const n = agree + differ;
  if (n === 0) return 'unverified';
  if (agree >= CLEAR_MAJORITY * n) return 'supported';
  if (differ >= CLEAR_MAJORITY * n) return differ >= MIN_AGAINST ? 'contradicted' : 'unverified';
  return 'disputed';
}
