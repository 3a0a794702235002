/**
 * The claims of a draft typed in a textarea, listed in a small panel under
 * it. A textarea's text cannot carry highlights, and an overlay mirroring
 * its text would have to copy its fonts, wrapping and scrolling exactly to
 * line up; a list is always right. Choosing a claim selects its words in the
 * textarea (selection only: the value is never changed).
 */
import type { PageClaim } from '@/lib/messages';
import { pageValue } from './ClaimDetails';
import { VerdictTag } from './VerdictTag';

export function DraftPanel(props: {
  claims: PageClaim[];
  at: { left: number; top: number; width: number };
  onSelect: (claim: PageClaim) => void;
  onOpen: (claim: PageClaim) => void;
}) {
  const flagged = props.claims.filter((c) => c.verdict !== 'supported');
  return (
    <section class="cc-draft" aria-label="Crosscheck: claims in this draft" style={{ left: `${props.at.left}px`, top: `${props.at.top}px`, width: `${props.at.width}px` }}>
      <p class="cc-draft-head">
        Crosscheck: {props.claims.length} claim{props.claims.length === 1 ? '' : 's'} in this draft
        {flagged.length ? `, ${flagged.length} not supported` : ', all supported'}
      </p>
      <ul>
        {props.claims.map((c) => (
          <li key={c.id} data-verdict={c.verdict}>
            <VerdictTag verdict={c.verdict} />{' '}
            <button type="button" class="cc-linklike" onClick={() => props.onSelect(c)}>
              “{c.text}”
            </button>{' '}
            <span class="cc-muted">({pageValue(c)})</span>{' '}
            <button type="button" class="cc-linklike" onClick={() => props.onOpen(c)} aria-label={`Details for “${c.text}”`}>
              details
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
