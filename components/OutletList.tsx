/**
 * What each outlet in the reference set says about a claim: its stance, its
 * value, who it attributes the figure to, its quote, and a link that opens
 * the outlet's article at the quote (a text fragment) when its address is known.
 */
import { display } from '@/lib/engine/compare';
import type { ClaimKind, OutletStance, ReferenceSet } from '@/lib/engine/types';
import { outletName } from '@/lib/report';
import { textFragmentUrl } from '@/lib/text-fragment';

export function OutletList({ kind, outlets, reference }: { kind: ClaimKind; outlets: OutletStance[]; reference: ReferenceSet }) {
  if (outlets.length === 0) return <p class="cc-muted">No outlet in the reference set states this.</p>;
  return (
    <ul class="cc-outlets">
      {outlets.map((o) => {
        const url = textFragmentUrl(reference.outlets.find((x) => x.id === o.outlet)?.url ?? null, o.quote);
        return (
          <li key={o.outlet} class={`cc-outlet cc-${o.stance}`}>
            <div>
              <strong>{o.stance === 'agree' ? 'Agrees' : 'Differs'}</strong>
              {': '}
              {outletName(reference, o.outlet)}
              {' — '}
              <span class="cc-value">{display(kind, o.value)}</span>
              {o.attribution ? <span class="cc-muted"> (according to {o.attribution})</span> : null}
              {o.inferred ? <span class="cc-muted"> ({o.inferred})</span> : null}
            </div>
            <blockquote class="cc-quote">{o.quote}</blockquote>
            {url ? (
              <a class="cc-link" href={url} target="_blank" rel="noopener noreferrer">
                Open the article at this passage
              </a>
            ) : (
              <span class="cc-muted">No address known for this article.</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
