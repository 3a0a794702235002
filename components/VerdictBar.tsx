/**
 * The page's verdicts at a glance: one bar split by the count of each
 * verdict, worst first, with the counts in words beside it (the bar itself
 * is an image whose text alternative says the same).
 */
import type { CheckedClaim } from '@/lib/engine/types';
import { VERDICT_LABEL, VERDICT_ORDER, countByVerdict } from '@/lib/report';
import { VERDICT_SYMBOL } from './VerdictTag';

export function VerdictBar({ claims }: { claims: CheckedClaim[] }) {
  const counts = countByVerdict(claims);
  const words = VERDICT_ORDER.map((v) => `${counts[v]} ${VERDICT_LABEL[v].toLowerCase()}`).join(', ');
  return (
    <div class="cc-verdicts">
      <div class="cc-bar" role="img" aria-label={`Claims per verdict: ${words}`}>
        {VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => (
          <span key={v} class={`cc-bar-${v}`} style={{ flexGrow: counts[v] }} data-verdict={v} />
        ))}
      </div>
      <ul class="cc-counts" aria-label="Claims per verdict">
        {VERDICT_ORDER.map((v) => (
          <li key={v} class={`cc-${v}`} data-verdict={v}>
            <span aria-hidden="true">{VERDICT_SYMBOL[v]} </span>
            {counts[v]} {VERDICT_LABEL[v].toLowerCase()}
          </li>
        ))}
      </ul>
    </div>
  );
}
