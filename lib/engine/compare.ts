/**
 * Compares one claim with the reference set: which outlets state the same
 * kind of fact, whether each agrees or differs, and the verdict. The rules
 * are a careful fact-checker's: figures agree within the writer's rounding
 * and hedges; a month agrees with a day in it; aliases meet; North Korea's
 * own figures are compared only with what outlets report North Korea said;
 * different measures and different facets are never compared.
 */
import { interval, overlaps, tidy } from './numbers';
import { missileFacet } from './kinds/missiles';
import { placeFacet } from './kinds/places';
import { personNamed } from './kinds/people';
import { formatDate, weekdayOf } from './dates';
import { memo } from './scope';
import { consensus } from './consensus';
import type { Attribution, Claim, ClaimValue, Counts, OutletStance, ReferenceClaim, Stance, Verdict } from './types';

const NUMERIC = new Set(['distance', 'altitude', 'speed', 'troops', 'casualties']);
/** Kinds whose camp matters: facts about the launch, not who said what or the calendar of Washington. */
const CAMPLESS = new Set(['quote', 'official', 'reaction', 'inauguration']);
const CAMPED = (kind: string) => !CAMPLESS.has(kind);
const CALENDAR = new Set(['date', 'previous-launch', 'inauguration']);

/** The part of a claim that can be checked against a reference claim. */
type Comparable = Pick<Claim, 'kind' | 'value' | 'qualifier' | 'attribution' | 'detail'>;

/**
 * Whether a reference claim speaks to the same question as the claim.
 * Null: not comparable. Otherwise the stance.
 */
export function stanceOf(claim: Comparable, ref: Comparable): Stance | null {
  if (claim.kind !== ref.kind) return null;
  if (CAMPED(claim.kind)) {
    const a = claim.attribution?.camp ?? 'observers';
    const b = ref.attribution?.camp ?? 'observers';
    if (a !== b) return null;
  }
  if (NUMERIC.has(claim.kind)) {
    const a = interval(claim.value as number, claim.detail?.tolerance ?? 0, claim.qualifier);
    const b = interval(ref.value as number, ref.detail?.tolerance ?? 0, ref.qualifier);
    return overlaps(a, b) ? 'agree' : 'differ';
  }
  if (CALENDAR.has(claim.kind)) {
    const a = String(claim.value);
    const b = String(ref.value);
    return a.startsWith(b) || b.startsWith(a) ? 'agree' : 'differ';
  }
  switch (claim.kind) {
    case 'weekday':
    case 'launch-site':
      return claim.value === ref.value ? 'agree' : 'differ';
    case 'missile-type':
      if (missileFacet(String(claim.value)) !== missileFacet(String(ref.value))) return null;
      return claim.value === ref.value ? 'agree' : 'differ';
    case 'impact-area':
      if (placeFacet(String(claim.value)) !== placeFacet(String(ref.value))) return null;
      return claim.value === ref.value ? 'agree' : 'differ';
    case 'time': {
      const a = claim.detail?.minutes;
      const b = ref.detail?.minutes;
      if (!a || !b) return null;
      return overlaps(a, b) ? 'agree' : 'differ';
    }
    case 'official':
      if (claim.detail?.office !== ref.detail?.office) return null;
      return samePerson(String(claim.value), String(ref.value)) ? 'agree' : 'differ';
    case 'quote':
      return compareQuote(claim, ref);
    case 'reaction':
      if (!claim.detail?.speaker || claim.detail.speaker !== ref.detail?.speaker) return null;
      return claim.value === ref.value ? 'agree' : 'differ';
    default:
      return null;
  }
}

function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = personNamed(a);
  return pa !== null && pa === personNamed(b);
}

/** Content words of a quotation, for matching quotes that were trimmed or re-punctuated. */
const quoteWords = memo((s: string): string[] => s.toLowerCase().replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter((w) => w.length > 2));

/**
 * A quote matches a reference quote when most of its words stand there; then
 * the speakers decide the stance. Quotes that do not match are not compared.
 */
function compareQuote(claim: Comparable, ref: Comparable): Stance | null {
  const a = quoteWords(String(claim.value));
  const b = new Set(quoteWords(String(ref.value)));
  if (a.length < 4) return null;
  const shared = a.filter((w) => b.has(w)).length;
  if (shared / a.length < 0.7) return null;
  const sa = claim.detail?.speaker;
  const sb = ref.detail?.speaker;
  if (!sa || !sb) return sa === sb || !sa ? 'agree' : null;
  return sa === sb ? 'agree' : 'differ';
}

export interface Comparison {
  verdict: Verdict;
  counts: Counts;
  outlets: OutletStance[];
  notes: string[];
}


const NORTH_KOREA: Attribution = { id: 'north-korea', name: 'North Korea', camp: 'north-korea' };
const OBSERVERS: Attribution = { id: 'observers', name: 'outside observers', camp: 'observers' };

/**
 * One stance per outlet for the claim as attributed. Agreement wins when an
 * outlet states the fact more than once in ways that both agree and differ.
 */
function tally(claim: Comparable, reference: ReferenceClaim[], exclude: ReadonlySet<string>): { outlets: OutletStance[]; counts: Counts } {
  const byOutlet = new Map<string, OutletStance>();
  for (const ref of withDerived(reference)) {
    if (exclude.has(ref.outlet)) continue;
    const stance = stanceOf(claim, ref);
    if (stance === null) continue;
    const previous = byOutlet.get(ref.outlet);
    if (previous && (previous.stance === 'agree' || stance === 'differ')) continue;
    const entry: OutletStance = { outlet: ref.outlet, stance, value: ref.value, quote: ref.quote, attribution: ref.attribution?.name ?? null };
    if (ref.detail?.derivedFrom) entry.inferred = `from its date, ${formatDate(ref.detail.derivedFrom)}`;
    byOutlet.set(ref.outlet, entry);
  }
  const outlets = [...byOutlet.values()].sort((a, b) => (a.stance === b.stance ? a.outlet.localeCompare(b.outlet) : a.stance === 'agree' ? -1 : 1));
  const agree = outlets.filter((o) => o.stance === 'agree').length;
  return { outlets, counts: { agree, differ: outlets.length - agree } };
}

const showStance = (o: OutletStance, kind: string) => `${o.outlet}: ${display(kind, o.value)}`;

/**
 * Compares a claim with every outlet in the reference set but those left out
 * (the text's own outlet) and judges it by their clear majority (consensus.ts).
 * A figure with no source of its own is asked of both camps: one that only
 * North Korea gave is North Korea's figure, and one whose camp was carried
 * from its paragraph is never called wrong on the other camp's word.
 */
export function compare(claim: Comparable, reference: ReferenceClaim[], exclude: ReadonlySet<string> = new Set()): Comparison {
  const notes: string[] = [];
  let { outlets, counts } = tally(claim, reference, exclude);
  let verdict = consensus(counts);
  const camp = claim.attribution?.camp ?? 'observers';
  if (CAMPED(claim.kind) && (!claim.attribution || claim.attribution.carried) && verdict !== 'supported') {
    const other = camp === 'north-korea' ? OBSERVERS : NORTH_KOREA;
    const alt = tally({ ...claim, attribution: other }, reference, exclude);
    if (consensus(alt.counts) === 'supported') {
      const agreeing = alt.outlets.filter((o) => o.stance === 'agree').map((o) => showStance(o, claim.kind)).join(', ');
      notes.push(
        other.camp === 'north-korea'
          ? `No source is named for this figure; it is what North Korea claimed (${agreeing}), so it is compared with what outlets report North Korea said.`
          : `The text's source is unclear; the figure matches what outside observers reported (${agreeing}).`,
      );
      ({ outlets, counts } = alt);
      verdict = 'supported';
    } else if (claim.attribution?.carried && counts.differ > 0) {
      notes.push(`It is not clear whose figure this is (the paragraph cites ${claim.attribution.name}); it is not judged against either side.`);
      return { verdict: 'unverified', counts, outlets, notes };
    }
  }
  if (verdict === 'unverified' && counts.agree + counts.differ === 1 && counts.differ === 1) {
    const o = outlets[0]!;
    notes.push(`Only one outlet states this (${showStance(o, claim.kind)}), and it differs; one outlet is not enough to call it wrong.`);
  }
  if (camp === 'north-korea' && claim.kind !== 'quote' && !claim.attribution?.carried && claim.attribution) {
    notes.push(`This is North Korea's own claim (${claim.attribution.name}); it is compared only with what outlets report North Korea claimed.`);
  }
  return { verdict, counts, outlets, notes };
}

const derivedCache = new WeakMap<ReferenceClaim[], ReferenceClaim[]>();

/**
 * The reference claims plus what follows from them on the calendar: an outlet
 * that dates the launch 6 January 2025 also says it was a Monday.
 */
export function withDerived(reference: ReferenceClaim[]): ReferenceClaim[] {
  let all = derivedCache.get(reference);
  if (all) return all;
  const derived: ReferenceClaim[] = [];
  for (const r of reference) {
    if (r.kind !== 'date' || String(r.value).length !== 10) continue;
    const weekday = weekdayOf(String(r.value));
    if (!weekday || derived.some((d) => d.outlet === r.outlet && d.value === weekday)) continue;
    derived.push({ ...r, kind: 'weekday', value: weekday, detail: { derivedFrom: String(r.value) } });
  }
  all = [...reference, ...derived];
  derivedCache.set(reference, all);
  return all;
}

/** A value as a person reads it: "1,100 km", "Mach 12", "6 January 2025". */
export function display(kind: string, value: ClaimValue): string {
  if (typeof value === 'number') {
    const n = tidy(value).toLocaleString('en-US');
    if (kind === 'distance' || kind === 'altitude') return `${n} km`;
    if (kind === 'speed') return `Mach ${n}`;
    return n;
  }
  if (CALENDAR.has(kind)) return formatDate(value);
  return value;
}
