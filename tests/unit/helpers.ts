/** Small builders shared by the unit tests. */
import { extract } from '../../lib/engine/extract';
import { bundledReference } from '../../lib/reference/bundled';
import type { ReferenceSet } from '../../lib/engine/types';
import type { PageClaim } from '../../lib/messages';

/** Wraps sentences in a lead that makes the text about the launch. */
export function article(...sentences: string[]): string {
  return ['North Korea fired a missile on January 6, 2025, as Antony Blinken visited Seoul.', ...sentences].join('\n\n');
}

/** The claims of one kind in a text, reduced to what tests compare. */
export function claims(text: string, kind?: string) {
  return extract(text)
    .claims.filter((c) => !kind || c.kind === kind)
    .map((c) => ({ text: c.text, value: c.value, qualifier: c.qualifier, attribution: c.attribution?.id ?? null }));
}

/** Claims of one kind found in the sentences after the standard lead. */
export function claimsAfterLead(kind: string, ...sentences: string[]) {
  const text = article(...sentences);
  const leadEnd = text.indexOf('\n\n');
  return extract(text)
    .claims.filter((c) => c.kind === kind && c.start > leadEnd)
    .map((c) => ({ text: c.text, value: c.value, qualifier: c.qualifier, attribution: c.attribution?.id ?? null }));
}

export function reference(): ReferenceSet {
  const r = bundledReference();
  if (!r.ok) throw new Error(r.error);
  return r.reference;
}

/** A page claim as the UI gets it: 1,100 km, supported by DW, with whatever a test changes. */
export const pageClaim = (over: Partial<PageClaim> = {}): PageClaim => ({
  id: 'page:0',
  source: 'page',
  kind: 'distance',
  text: '1,100 km',
  start: 0,
  end: 8,
  value: 1100,
  qualifier: null,
  attribution: null,
  verdict: 'supported',
  counts: { agree: 1, differ: 0 },
  outlets: [{ outlet: 'dw', stance: 'agree', value: 1100, quote: 'flew 1,100 km', attribution: null }],
  notes: [],
  ...over,
});
