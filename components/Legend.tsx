/**
 * What the marks in the page mean: one line per verdict with a sample of its
 * underline (the same styles as the page's highlights: wavy red, dashed
 * amber, dotted grey, thin green), a symbol and a word, so it reads without
 * colour. Shown in the popup, the side panel, the card and the first-run page.
 */
import type { Verdict } from '@/lib/engine/types';
import { VERDICT_LABEL, VERDICT_ORDER } from '@/lib/report';
import { VERDICT_SYMBOL } from './VerdictTag';

export const VERDICT_MEANING: Record<Verdict, string> = {
  contradicted: 'a clear majority of the outlets that state it give something else',
  disputed: 'the outlets split with no clear majority',
  unverified: 'no outlet states it (or only one, which differs), so it cannot be checked; marked faintly',
  supported: 'a clear majority of the outlets agree; marked only when you ask to see every claim',
};

export function Legend({ compact = false, open = false, plain = false }: { compact?: boolean; open?: boolean; /** The list alone, under the caller's own heading. */ plain?: boolean }) {
  const list = (
    <ul class="cc-legend-list">
      {VERDICT_ORDER.map((v) => (
        <li key={v}>
          <span class={`cc-sample cc-sample-${v}`} aria-hidden="true">
            1,100 km
          </span>{' '}
          <strong class={`cc-${v}`}>
            <span aria-hidden="true">{VERDICT_SYMBOL[v]} </span>
            {VERDICT_LABEL[v]}
          </strong>
          {compact ? null : <span>: {VERDICT_MEANING[v]}</span>}
        </li>
      ))}
    </ul>
  );
  if (plain) return <div class="cc-legend">{list}</div>;
  return (
    <details class="cc-legend" open={open}>
      <summary>What the marks mean</summary>
      {list}
    </details>
  );
}
