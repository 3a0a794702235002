/**
 * Claims grouped by verdict, worst first. Each shows the page's words and
 * value and which outlets agree or differ (with their values); choosing the
 * words asks the page to scroll to them (when `onReveal` is given), and a
 * disclosure opens the full details.
 */
import { display } from '@/lib/engine/compare';
import type { CheckedClaim, ReferenceSet } from '@/lib/engine/types';
import { VERDICT_LABEL, VERDICT_ORDER, outletName } from '@/lib/report';
import { ClaimDetails, pageValue } from './ClaimDetails';
import { VERDICT_SYMBOL } from './VerdictTag';

export interface ListedClaim extends CheckedClaim {
  id: string;
  source?: 'page' | 'draft';
}

export function ClaimList(props: { claims: ListedClaim[]; reference: ReferenceSet; onReveal?: (claim: ListedClaim) => void; label: string }) {
  const groups = VERDICT_ORDER.map((v) => ({ v, claims: props.claims.filter((c) => c.verdict === v) })).filter((g) => g.claims.length > 0);
  return (
    <div class="cc-groups" aria-label={props.label} role="region">
      {groups.map(({ v, claims }) => (
        <section key={v} class={`cc-group cc-group-${v}`} aria-labelledby={`${props.label}-${v}`}>
          <h3 id={`${props.label}-${v}`} class={`cc-${v}`}>
            <span aria-hidden="true">{VERDICT_SYMBOL[v]} </span>
            {VERDICT_LABEL[v]} ({claims.length})
          </h3>
          <ul class="cc-claims">
            {claims.map((c) => {
              const agree = c.outlets.filter((o) => o.stance === 'agree');
              const differ = c.outlets.filter((o) => o.stance === 'differ');
              const who = (list: typeof c.outlets) => list.map((o) => `${outletName(props.reference, o.outlet)} (${display(c.kind, o.value)})`).join('; ');
              return (
                <li key={c.id} class="cc-item" data-claim-id={c.id} data-verdict={c.verdict}>
                  <div>
                    <span class="cc-kind">{c.kind}</span>
                    {c.source === 'draft' ? <span class="cc-kind"> · draft</span> : null}{' '}
                    {props.onReveal ? (
                      <button type="button" class="cc-linklike cc-reveal" onClick={() => props.onReveal!(c)} title="Show in the page">
                        “{c.text}”
                      </button>
                    ) : (
                      <span>“{c.text}”</span>
                    )}{' '}
                    <span class="cc-muted">= {pageValue(c)}</span>
                  </div>
                  {agree.length ? <div class="cc-small">Agree: {who(agree)}</div> : null}
                  {differ.length ? <div class="cc-small">Differ: {who(differ)}</div> : null}
                  {c.outlets.length === 0 ? <div class="cc-small cc-muted">No outlet states this.</div> : null}
                  <details>
                    <summary>Details and quotes</summary>
                    <ClaimDetails claim={c} reference={props.reference} />
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
