/**
 * The whole check: extract a text's claims about the reference set's event,
 * compare each with the set's claims (leaving out the text's own outlet), add
 * internal-consistency notes.
 * This is what the `check` command prints and what the extension shows.
 */
import { compare, type Comparison } from './compare';
import { EVENT_LAUNCH, classRangeOf, inEvent } from './launches';
import { checkAllSteps } from './check-all';
import { consistencyNotes } from './consistency';
import { extractSteps, type ExtractOptions } from './extract';
import { copiedOutlets, fingerprintSteps } from './fingerprint';
import { runToEnd, type Steps } from './steps';
import { claimCore, type CheckedClaim, type Claim, type ReferenceSet } from './types';

export interface CheckOptions extends ExtractOptions {
  /** Outlet ids to leave out: the text's own outlet, when it is a seed. */
  exclude?: string[];
}

/** A checked claim plus the engine's claim, for callers that need the sentence. */
export interface CheckedWithSource extends CheckedClaim {
  sentence: string;
}

export interface CheckOutcome {
  relevant: boolean;
  /** The launch the text is mainly about, or null. */
  about: string | null;
  /** Other launches the text speaks of. */
  mentions: string[];
  /** Seed outlets the text was recognised as a copy of (left out of the comparison). */
  copyOf: string[];
  claims: CheckedWithSource[];
}

export function check(text: string, reference: ReferenceSet, options: CheckOptions = {}): CheckOutcome {
  return runToEnd(checkSteps(text, reference, options));
}

/** How many claims are compared between two pauses when run in slices. */
const CLAIMS_PER_SLICE = 25;

/**
 * `check`, in slices (see `extractSteps`): yields now and then, returns the
 * outcome. The reference set's own event (its date, neighbouring launches,
 * anchors) is the one the text is read against.
 */
export function checkSteps(text: string, reference: ReferenceSet, options: CheckOptions = {}): Steps<CheckOutcome> {
  // Sets imported beside this one: each passage against the event it speaks of.
  if (reference.imported?.length) return checkAllSteps(text, [reference, ...reference.imported], options);
  return inEvent(reference, checkInEvent(text, reference, options));
}

/** The check of one set, to run with its event active (`inEvent`). */
export function* checkInEvent(text: string, reference: ReferenceSet, options: CheckOptions): Steps<CheckOutcome> {
  const found = yield* extractSteps(text, options);
  if (!found.relevant) return { relevant: false, about: found.about, mentions: found.mentions, copyOf: [], claims: [] };
  const exclude = new Set(options.exclude ?? []);
  // A seed article copied to another address is still that outlet's: it must not agree with itself.
  const copyOf = reference.fingerprints ? copiedOutlets(yield* fingerprintSteps(text), reference.fingerprints) : [];
  for (const id of copyOf) exclude.add(id);
  const notes = consistencyNotes(found.claims, found.notes);
  const claims: CheckedWithSource[] = [];
  // A page repeats its figures; the same claim compares the same way.
  const compared = new Map<string, ReturnType<typeof compare>>();
  for (const [i, c] of found.claims.entries()) {
    if (i > 0 && i % CLAIMS_PER_SLICE === 0) yield;
    const key = `${c.kind}|${c.value}|${c.qualifier}|${c.attribution?.id}|${JSON.stringify(c.detail ?? null)}`;
    let result = compared.get(key);
    if (!result) compared.set(key, (result = compare(c, reference.claims, exclude)));
    claims.push(checked(c, misread(c, result), notes[i]!));
  }
  return { relevant: true, about: found.about, mentions: found.mentions, copyOf, claims };
}

/**
 * A "distance" that is one of the launch's reported heights ("reached 99.8
 * km") was more likely a height the text did not name: never call it wrong.
 */
function misread(c: Claim, result: Comparison): Comparison {
  if (c.kind !== 'distance' || result.verdict !== 'contradicted') return result;
  // "an estimated flight distance of 3,000 to 5,500 km": the span that defines a class, printed as the flight's.
  const half = c.detail?.unit && c.detail.tolerance ? c.detail.tolerance : 0;
  const cls = half > 0 ? classRangeOf((c.value as number) - half, (c.value as number) + half) : null;
  if (cls) return { ...result, verdict: 'unverified', notes: [...result.notes, `${c.text} is the span that defines ${cls} missiles, not a measured flight; it is left unjudged.`] };
  const height = (EVENT_LAUNCH.figures.altitude ?? []).find((h) => Math.abs(h - (c.value as number)) <= h * 0.02);
  if (height === undefined) return result;
  return { ...result, verdict: 'unverified', notes: [...result.notes, `${c.text} is one of the heights reported for this launch (${height} km); read as a distance it would be wrong, so it is left unjudged.`] };
}

function checked(c: Claim, result: Comparison, notes: string[]): CheckedWithSource {
  return {
    ...claimCore(c),
    attribution: c.attribution?.name ?? null,
    verdict: result.verdict,
    counts: result.counts,
    outlets: result.outlets,
    notes: [...notes, ...result.notes],
    sentence: c.sentence,
  };
}

/** The seed outlet a page address belongs to, if any (host and path, ignoring scheme, `www.` and query). */
export function outletForUrl(url: string, reference: ReferenceSet): string | null {
  const key = (u: string) => {
    try {
      const p = new URL(u);
      return `${p.hostname.replace(/^www\./, '')}${p.pathname.replace(/\/$/, '')}`;
    } catch {
      return null;
    }
  };
  const k = key(url);
  if (!k) return null;
  return reference.outlets.find((o) => o.url && key(o.url) === k)?.id ?? null;
}
