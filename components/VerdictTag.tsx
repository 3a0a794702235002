/**
 * A verdict as a small tag: a symbol and a word, so it reads without colour.
 */
import type { Verdict } from '@/lib/engine/types';
import { VERDICT_LABEL } from '@/lib/report';

export const VERDICT_SYMBOL: Record<Verdict, string> = { contradicted: '✕', disputed: '◐', unverified: '?', supported: '✓' };

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`cc-tag cc-${verdict}`}>
      <span aria-hidden="true">{VERDICT_SYMBOL[verdict]} </span>
      {VERDICT_LABEL[verdict]}
    </span>
  );
}
