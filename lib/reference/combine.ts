/**
 * Several events' reference sets as one to check against: the first set with
 * the others beside it (`imported`; `check` then reads each passage against
 * the event it speaks of) and every set's outlets listed, so a report or a
 * card can name any claim's outlets (the first set's outlet wins an id both use).
 */
import type { Outlet, ReferenceSet } from '../engine/types';

export function withImported(first: ReferenceSet, others: ReferenceSet[]): ReferenceSet {
  if (others.length === 0) return first;
  const outlets: Outlet[] = [...first.outlets];
  for (const s of others) for (const o of s.outlets) if (!outlets.some((x) => x.id === o.id)) outlets.push(o);
  return { ...first, outlets, imported: others };
}
