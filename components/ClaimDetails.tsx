/**
 * Everything known about one checked claim, the answer first: the page's
 * value, "N of M outlets agree", and who differs with what ("Sunford
 * Express: 500 km"); then the page's own words and source, a number line
 * for figures, notes, and the outlets' quotes and links behind "Show
 * sources". Used by the in-page card and the popup's expanded claims.
 */
import { display } from '@/lib/engine/compare';
import type { CheckedClaim, ReferenceSet } from '@/lib/engine/types';
import { KIND_LABEL, answer } from '@/lib/report';
import { NumberLine } from './NumberLine';
import { OutletList } from './OutletList';
import { VerdictTag } from './VerdictTag';

export function pageValue(c: CheckedClaim): string {
  return `${c.qualifier ? `${c.qualifier} ` : ''}${display(c.kind, c.value)}`;
}

/** The one line that answers: "about 1,100 km · 4 of 5 outlets agree · Sunford Express: 500 km". */
export function AnswerLine({ claim, reference }: { claim: CheckedClaim; reference: ReferenceSet }) {
  const a = answer(claim, reference);
  return (
    <p class="cc-answer">
      <strong class="cc-value">{pageValue(claim)}</strong>
      {' · '}
      <span class="cc-agreement">{a.agreement}</span>
      {a.differing.length ? (
        <>
          {' · '}
          <span class="cc-differing">{a.differing.join('; ')}</span>
        </>
      ) : null}
    </p>
  );
}

export function ClaimDetails({
  claim,
  reference,
  headingId,
  idPrefix = 'cc',
  answerLine = true,
}: {
  claim: CheckedClaim;
  reference: ReferenceSet;
  headingId?: string;
  /** Makes the ids inside unique when several are on one page. */
  idPrefix?: string;
  /** In the popup's list the item itself shows the verdict, kind and answer line: leave them out here. */
  answerLine?: boolean;
}) {
  return (
    <div class="cc-details">
      {answerLine ? (
        <>
          <div class="cc-head" id={headingId}>
            <VerdictTag verdict={claim.verdict} /> <span class="cc-kind">{KIND_LABEL[claim.kind]}</span>
          </div>
          <AnswerLine claim={claim} reference={reference} />
        </>
      ) : null}
      <p class="cc-claim">
        The text says “{claim.text}”{claim.attribution ? <span>, according to {claim.attribution}</span> : null}.
      </p>
      <NumberLine claim={claim} reference={reference} id={`${idPrefix}-nl`} />
      {claim.notes.length > 0 ? (
        <ul class="cc-notes" aria-label="Notes">
          {claim.notes.map((n, i) => (
            <li key={i}>Note: {n}</li>
          ))}
        </ul>
      ) : null}
      <details class="cc-sources">
        <summary>Show sources</summary>
        <OutletList kind={claim.kind} outlets={claim.outlets} reference={reference} />
      </details>
    </div>
  );
}
