/**
 * Checking a text against several events' reference sets at once (the
 * bundled event and those a newsroom imported): each passage is compared with
 * the set of the event it speaks of. Each set's own check already keeps only
 * the clauses its event's data marks as about that event (events.ts), so
 * running them side by side and merging their claims gives every claim one
 * event; where two sets read the same words, the set of the event the text is
 * mainly about keeps them. Every claim says which event it was checked
 * against.
 */
import { checkInEvent, type CheckOptions, type CheckOutcome, type CheckedWithSource } from './check';
import { inEvent } from './launches';
import { runToEnd, type Steps } from './steps';
import type { ReferenceSet } from './types';

/** A claim of a several-set check, with the event it was checked against. */
export type CheckedAgainst = CheckedWithSource & { event: string };

export interface CheckAllOutcome extends CheckOutcome {
  claims: CheckedAgainst[];
  /** Per set, in the order given: its event and what its check found. */
  events: { id: string; title: string; relevant: boolean; claims: number }[];
}

export function checkAll(text: string, references: ReferenceSet[], options: CheckOptions = {}): CheckAllOutcome {
  return runToEnd(checkAllSteps(text, references, options));
}

/**
 * `checkAll` in slices. `about` and `mentions` are read as the first set that
 * found the text relevant reads them (else the first set's); a launch checked
 * against its own set is never listed as merely mentioned.
 */
export function* checkAllSteps(text: string, references: ReferenceSet[], options: CheckOptions = {}): Steps<CheckAllOutcome> {
  if (references.length === 0) throw new Error('checkAll needs at least one reference set');
  const outcomes: CheckOutcome[] = [];
  for (const reference of references) outcomes.push(yield* inEvent(reference, checkInEvent(text, reference, options)));
  const lead = outcomes.find((o) => o.relevant) ?? outcomes[0]!;
  const ids = references.map((r) => r.event.id);
  // Where two sets read the same words, the one the text is about keeps them.
  const order = references.map((_, i) => i).sort((a, b) => Number(outcomes[b]!.about === ids[b]) - Number(outcomes[a]!.about === ids[a]) || a - b);
  const taken = new Set<string>();
  const claims: CheckedAgainst[] = [];
  for (const i of order) {
    for (const c of outcomes[i]!.claims) {
      const key = `${c.kind}|${c.start}|${c.end}`;
      if (taken.has(key)) continue;
      taken.add(key);
      claims.push({ ...c, event: ids[i]! });
    }
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  const checked = new Set(ids.filter((_, i) => outcomes[i]!.relevant));
  return {
    relevant: outcomes.some((o) => o.relevant),
    about: lead.about,
    mentions: [...new Set(outcomes.flatMap((o) => o.mentions))].filter((m) => m !== lead.about && !checked.has(m)),
    copyOf: [...new Set(outcomes.flatMap((o) => o.copyOf))],
    claims,
    events: references.map((r, i) => ({ id: r.event.id, title: r.event.title, relevant: outcomes[i]!.relevant, claims: outcomes[i]!.claims.length })),
  };
}
