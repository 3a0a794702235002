/**
 * Stepping through the claims that need attention (contradicted, disputed),
 * in page order, for the "next / previous claim needing attention" commands
 * (the background sends `step-claim`, lib/messages.ts). Steps wrap around;
 * from an open card they go to its neighbour, else from the last one
 * stepped to.
 */
import type { Entry } from './entries';
import { needsAttention } from './marks';

/** Entries one can step to: claims needing attention that can be shown (a Range in the page, or a draft's editor). */
export const attentionEntries = (entries: readonly Entry[]): Entry[] => entries.filter((e) => needsAttention(e.claim.verdict) && (e.range || e.editor));

/**
 * The index in `list` to step to, or -1 when the list is empty.
 * @param currentId the claim whose card is open, if any
 * @param cursor the index last stepped to (-1 before the first step)
 */
export function stepIndex(list: readonly Entry[], currentId: string | null, cursor: number, direction: 'next' | 'previous'): number {
  if (list.length === 0) return -1;
  const at = currentId ? list.findIndex((e) => e.claim.id === currentId) : -1;
  const from = at >= 0 ? at : cursor;
  const dir = direction === 'next' ? 1 : -1;
  // Before the first step, "previous" starts from the end.
  if (from < 0) return dir === 1 ? 0 : list.length - 1;
  return (((from + dir) % list.length) + list.length) % list.length;
}
