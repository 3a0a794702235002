/**
 * A checked claim as the page side holds it: the claim the UI shows, and
 * where it is in the page (a live Range, or the editor a draft claim is in).
 * `entrySteps` turns a check's claims into entries, in slices.
 */
import type { CheckedWithSource } from '../engine/check';
import type { Steps } from '../engine/steps';
import type { PageClaim } from '../messages';
import type { Readable } from './readable';
import { rangeFor } from './ranges';

export interface Entry {
  claim: PageClaim;
  /** Where the claim is in the page; null for a textarea's claims, or a claim that could not be placed. */
  range: Range | null;
  /** The editor a draft claim is in. */
  editor: Element | null;
}

/** How many claims are given Ranges between two pauses. */
export const ENTRIES_PER_PAUSE = 250;

/**
 * A check's claims as entries with ids `<idPrefix><n>`, each with its Range
 * where `read` (the text the claims' offsets are into) can place it; pauses
 * every few hundred claims.
 */
export function* entrySteps(
  doc: Document,
  claims: CheckedWithSource[],
  idPrefix: string,
  source: PageClaim['source'],
  read: Readable | null,
  editor: Element | null,
): Steps<Entry[]> {
  const entries: Entry[] = [];
  for (const [i, c] of claims.entries()) {
    if (i > 0 && i % ENTRIES_PER_PAUSE === 0) yield;
    const { sentence: _sentence, ...rest } = c;
    entries.push({ claim: { ...rest, id: `${idPrefix}${i}`, source }, range: read ? rangeFor(doc, read, c.start, c.end) : null, editor });
  }
  return entries;
}
