/**
 * Checking pasted text (the popup's and side panel's paste box, the
 * context menu's "Check with Crosscheck"). An excerpt is usually a sentence
 * or two cut from a story that is about this launch ("It flew 300 km before
 * falling into the sea."), and on its own it names neither North Korea nor
 * the date, so the engine's relevance test would set it aside. Unless the
 * reader says otherwise, the excerpt is taken to be about this launch: it is
 * checked as the body of a story whose headline names the launch (North
 * Korea, a missile, the launch's date from the launch data), and the
 * claims found in that headline are dropped, offsets mapped back. A text
 * that is relevant on its own, or is itself about another launch, is
 * checked as it is.
 */
import { check, type CheckOptions, type CheckOutcome } from './engine/check';
import { formatDate } from './engine/dates';
import { EVENT_ID } from './engine/launches';
import type { ReferenceSet } from './engine/types';

export interface PasteOutcome extends CheckOutcome {
  /** The text was checked as if it were about this launch (it did not say so itself). */
  assumed: boolean;
}

/** The headline an excerpt is read under: "North Korea's missile launch of 6 January 2025". */
export const assumedHeadline = () => `North Korea's missile launch of ${formatDate(EVENT_ID)}`;

export function checkPasted(text: string, reference: ReferenceSet, options: CheckOptions & { assumeThisLaunch?: boolean } = {}): PasteOutcome {
  const { assumeThisLaunch = true, ...rest } = options;
  const plain = check(text, reference, rest);
  // Relevant on its own, or about another launch: the text's own word wins.
  if (!assumeThisLaunch || plain.relevant || (plain.about !== null && plain.about !== EVENT_ID) || rest.blocks) return { ...plain, assumed: false };
  const lead = `${assumedHeadline()}\n\n`;
  const framed = check(lead + text, reference, rest);
  if (!framed.relevant) return { ...plain, assumed: false };
  const claims = framed.claims
    .filter((c) => c.start >= lead.length)
    .map((c) => ({ ...c, start: c.start - lead.length, end: c.end - lead.length }));
  return { ...framed, claims, about: EVENT_ID, assumed: true };
}
