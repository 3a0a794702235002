/**
 * What is marked in the page, from the reader's settings (lib/tab-store.ts
 * `Settings.marks`):
 * - `attention` (the default): contradicted and disputed claims are marked
 *   clearly, unverified ones faintly (a thin dotted underline, see
 *   entrypoints/content/highlights.css), supported claims not at all. Their
 *   words still answer the pointer: hovering them opens their card, and the
 *   open card's claim carries the focus highlight, so a supported claim shows
 *   when the reader points at it.
 * - `all`: every claim is marked, each verdict in its own style.
 * With highlights off (or no Highlight API) nothing is marked and nothing
 * answers the pointer.
 */
import type { Verdict } from '../engine/types';
import type { Settings } from '../tab-store';
import type { Entry } from './entries';

/** Claims that need the reader's attention: the outlets contradict the page, or disagree among themselves. */
export const needsAttention = (v: Verdict) => v === 'contradicted' || v === 'disputed';

/** Whether a claim of verdict `v` is marked in this mode. */
export function isMarked(v: Verdict, mode: Settings['marks']): boolean {
  return mode === 'all' || v !== 'supported';
}

/** The entries marked in the page, in page order. */
export function markedEntries(entries: readonly Entry[], settings: Pick<Settings, 'highlights' | 'marks'>, supported: boolean): Entry[] {
  if (!supported || !settings.highlights) return [];
  return entries.filter((e) => e.range && isMarked(e.claim.verdict, settings.marks));
}

/** The entries whose words answer the pointer: every placed claim, whatever the mode, while highlights are on. */
export function hoverableEntries(entries: readonly Entry[], settings: Pick<Settings, 'highlights'>, supported: boolean): Entry[] {
  if (!supported || !settings.highlights) return [];
  return entries.filter((e) => e.range);
}

/** How many claims need attention. */
export const attentionCount = (entries: readonly Entry[]) => entries.reduce((n, e) => n + (needsAttention(e.claim.verdict) ? 1 : 0), 0);

/** What the live region says after a scan. */
export function attentionMessage(n: number): string {
  if (n === 0) return 'No claims need attention on this page.';
  return `${n} claim${n === 1 ? ' needs' : 's need'} attention on this page.`;
}
