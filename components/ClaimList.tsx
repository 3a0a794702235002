/**
 * Claims by what they need: "Needs attention" (contradicted, disputed)
 * first, then those that cannot be checked, then the supported ones,
 * collapsed. Each item leads with its answer (the page's value, "N of M
 * outlets agree", who differs with what), then the page's words (choosing
 * them asks the page to scroll there, when `onReveal` is given) and the
 * outlets as short tags; "Details" opens the number line, notes and sources.
 */
import { display } from '@/lib/engine/compare';
import type { CheckedClaim, ReferenceSet, Verdict } from '@/lib/engine/types';
import { KIND_LABEL } from '@/lib/report';
import { AnswerLine, ClaimDetails } from './ClaimDetails';
import { OutletTag } from './OutletTag';
import { VerdictTag } from './VerdictTag';

export interface ListedClaim extends CheckedClaim {
  id: string;
  source?: 'page' | 'draft';
}

export const GROUPS: { id: string; title: string; verdicts: Verdict[]; collapsed: boolean }[] = [
  { id: 'attention', title: 'Needs attention', verdicts: ['contradicted', 'disputed'], collapsed: false },
  { id: 'unverified', title: 'Cannot be checked', verdicts: ['unverified'], collapsed: false },
  { id: 'supported', title: 'Supported', verdicts: ['supported'], collapsed: true },
];

function Item({ c, reference, onReveal, n }: { c: ListedClaim; reference: ReferenceSet; onReveal?: (claim: ListedClaim) => void; n: string }) {
  return (
    <li class="cc-item" data-claim-id={c.id} data-verdict={c.verdict}>
      <div class="cc-item-head">
        <VerdictTag verdict={c.verdict} /> <span class="cc-kind">{KIND_LABEL[c.kind]}</span>
        {c.source === 'draft' ? <span class="cc-kind"> · draft</span> : null}
      </div>
      <AnswerLine claim={c} reference={reference} />
      <div class="cc-words">
        {onReveal ? (
          <button type="button" class="cc-linklike cc-reveal" onClick={() => onReveal(c)} title="Show in the page">
            “{c.text}”
          </button>
        ) : (
          <span>“{c.text}”</span>
        )}
      </div>
      {c.outlets.length ? (
        <div class="cc-otags">
          {c.outlets.map((o) => (
            <OutletTag key={o.outlet} reference={reference} outlet={o.outlet} stance={o.stance} value={o.stance === 'differ' ? display(c.kind, o.value) : undefined} />
          ))}
        </div>
      ) : null}
      <details class="cc-more">
        <summary>Details</summary>
        <ClaimDetails claim={c} reference={reference} idPrefix={n} answerLine={false} />
      </details>
    </li>
  );
}

export function ClaimList(props: { claims: ListedClaim[]; reference: ReferenceSet; onReveal?: (claim: ListedClaim) => void; label: string }) {
  const slug = props.label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const groups = GROUPS.map((g) => ({ ...g, claims: props.claims.filter((c) => g.verdicts.includes(c.verdict)) })).filter((g) => g.claims.length > 0);
  return (
    <div class="cc-groups" aria-label={props.label} role="region">
      {groups.map((g) => {
        const heading = (
          <>
            {g.title} ({g.claims.length})
          </>
        );
        const list = (
          <ul class="cc-claims">
            {g.claims.map((c, i) => (
              <Item key={c.id} c={c} reference={props.reference} onReveal={props.onReveal} n={`${slug}-${g.id}-${i}`} />
            ))}
          </ul>
        );
        return (
          <section key={g.id} class={`cc-group cc-group-${g.id}`} aria-labelledby={`${slug}-${g.id}`}>
            <h3 id={`${slug}-${g.id}`}>{heading}</h3>
            {g.collapsed ? (
              <details class="cc-collapsed">
                <summary>
                  Show the {g.claims.length} {g.title.toLowerCase()} claim{g.claims.length === 1 ? '' : 's'}
                </summary>
                {list}
              </details>
            ) : (
              list
            )}
          </section>
        );
      })}
    </div>
  );
}
