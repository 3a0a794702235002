/**
 * One line about a result: whether the text is about the launch (or about
 * another one it recalls this one from: "This page is about the 14 January
 * 2025 launch; it mentions this one in passing") and the claims per verdict
 * as a stacked bar; or, when nothing was found, what Crosscheck checks and
 * why nothing shows.
 */
import type { CheckedClaim } from '@/lib/engine/types';
import { formatDate } from '@/lib/engine/dates';
import { EVENT_ID } from '@/lib/engine/launches';
import { aboutLine } from '@/lib/report';
import { VerdictBar } from './VerdictBar';

export const WHAT_WE_CHECK =
  "Crosscheck checks claims about North Korea's missile launch of 6 January 2025 — distance, altitude, speed, time, place, missile type, officials and reactions — against five outlets' reporting bundled with the extension. Nothing leaves your browser.";

export function Summary(props: {
  relevant: boolean;
  claims: CheckedClaim[];
  subject: string;
  total?: number;
  about?: string | null;
  mentions?: string[];
  /** The events (ids) the text was checked against: the bundled one, and any imported beside it. */
  events?: string[];
  /** Show the verdict bar (the panel shows it in its header instead). */
  bar?: boolean;
}) {
  const events = props.events ?? [EVENT_ID];
  const about = aboutLine(props.subject, props.relevant, props.about, props.mentions, events);
  const otherStory = props.about != null && !events.includes(props.about);
  if (!props.relevant && about) {
    return (
      <div class="cc-empty" role="status">
        <p>
          <strong>{about}</strong>
        </p>
        <p class="cc-muted">{WHAT_WE_CHECK}</p>
      </div>
    );
  }
  if (!props.relevant) {
    return (
      <div class="cc-empty" role="status">
        <p>
          <strong>{props.subject} is not about the 6 January 2025 launch.</strong> Crosscheck looks for text that names North Korea and a missile and
          speaks of this launch; it found none, so nothing was checked.
        </p>
        <p class="cc-muted">{WHAT_WE_CHECK}</p>
      </div>
    );
  }
  if (props.claims.length === 0) {
    return (
      <p class="cc-empty" role="status">
        {props.subject} is about the launch, but states no figure or fact Crosscheck can compare (distance, altitude, speed, date, time, place,
        missile type, officials, quotes, reactions).
      </p>
    );
  }
  return (
    <div role="status">
      <p class="cc-summary">
        {otherStory ? about : `${props.subject} is about the ${formatDate(EVENT_ID)} launch:`} {props.claims.length} claim
        {props.claims.length === 1 ? '' : 's'} checked.
      </p>
      {!otherStory && about ? <p class="cc-muted">{about}</p> : null}
      {props.total !== undefined && props.total > props.claims.length ? (
        <p class="cc-muted">
          It makes {props.total.toLocaleString('en')} claims in all; the first {props.claims.length.toLocaleString('en')}, in page order, are counted and
          listed here (and in the badge).
        </p>
      ) : null}
      {props.bar === false ? null : <VerdictBar claims={props.claims} />}
    </div>
  );
}
