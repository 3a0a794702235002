/**
 * Everything known about one checked claim: its kind and verdict, the value
 * the page states (with its hedge and attribution), the outlets that agree
 * and differ, and internal-consistency notes. Used by the in-page card and
 * the popup's expanded claims.
 */
import { display } from '@/lib/engine/compare';
import type { CheckedClaim, ReferenceSet } from '@/lib/engine/types';
import { agreementLine } from '@/lib/report';
import { OutletList } from './OutletList';
import { VerdictTag } from './VerdictTag';

export function pageValue(c: CheckedClaim): string {
  return `${c.qualifier ? `${c.qualifier} ` : ''}${display(c.kind, c.value)}`;
}

export function ClaimDetails({ claim, reference, headingId }: { claim: CheckedClaim; reference: ReferenceSet; headingId?: string }) {
  return (
    <div class="cc-details">
      <div class="cc-head" id={headingId}>
        <VerdictTag verdict={claim.verdict} /> <span class="cc-kind">{claim.kind}</span>
      </div>
      <p class="cc-claim">
        “{claim.text}” — reads as <strong>{pageValue(claim)}</strong>
        {claim.attribution ? <span> according to {claim.attribution}</span> : null}
      </p>
      <p class="cc-agreement">{agreementLine(claim)}</p>
      <OutletList kind={claim.kind} outlets={claim.outlets} reference={reference} />
      {claim.notes.length > 0 ? (
        <ul class="cc-notes" aria-label="Notes">
          {claim.notes.map((n, i) => (
            <li key={i}>Note: {n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
