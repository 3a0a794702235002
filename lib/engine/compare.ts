/**
 * Compares one claim with the reference set: which outlets state the same
 * kind of fact, whether each agrees or differs, and the verdict. The rules
 * are a careful fact-checker's: figures agree within the writer's rounding
 * and hedges; a month agrees with a day in it; aliases meet; North Korea's
 * own figures are compared only with what outlets report North Korea said;
 * different measures and different facets are never compared.
 */
import { tidy } from './numbers';
import { kindModule } from './kinds/index';
import type { Comparable } from './kinds/kind';
import { quoteDifference } from './kinds/quote';
import { formatDate, weekdayOf } from './dates';
import { consensus } from './consensus';
import type { Attribution, ClaimValue, Counts, OutletStance, ReferenceClaim, Stance, Verdict } from './types';

export { compareQuote, quoteDifference, quoteWords } from './kinds/quote';

/** Whether whose figure it is matters for a kind (its module says; kinds/kind.ts). */
const CAMPED = (kind: string) => kindModule(kind)?.camped ?? false;

/**
 * Whether a reference claim speaks to the same question as the claim.
 * Null: not comparable. Otherwise the stance, by the kind's own rule
 * (its module under kinds/), once the kinds and, where it matters, the
 * camps are the same.
 */
export function stanceOf(claim: Comparable, ref: Comparable): Stance | null {
  if (claim.kind !== ref.kind) return null;
  const kind = kindModule(claim.kind);
  if (!kind) return null;
  if (kind.camped) {
    const a = claim.attribution?.camp ?? 'observers';
    const b = ref.attribution?.camp ?? 'observers';
    if (a !== b) return null;
  }
  return kind.stance(claim, ref);
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
  // A figure its source is said to have given, which only the other camp gave: say so.
  if (CAMPED(claim.kind) && claim.attribution && !claim.attribution.carried && verdict !== 'supported') {
    const other = camp === 'north-korea' ? OBSERVERS : NORTH_KOREA;
    const alt = tally({ ...claim, attribution: other }, reference, exclude);
    const agreeing = alt.outlets.filter((o) => o.stance === 'agree');
    if (agreeing.length > 0) {
      const who = other.camp === 'north-korea' ? "North Korea's state media" : 'outside observers';
      notes.push(`The figure matches what ${who} gave (${agreeing.map((o) => showStance(o, claim.kind)).join(', ')}), not what ${camp === 'north-korea' ? 'North Korea' : 'outside observers'} reported.`);
    }
  }
  if (claim.kind === 'quote') {
    for (const o of outlets.filter((x) => x.stance === 'differ')) {
      const diff = quoteDifference(String(claim.value), String(o.value));
      if (diff.page.length || diff.outlet.length) notes.push(`Misquoted? ${o.outlet} has "${diff.outlet.join(' ') || '…'}" where this has "${diff.page.join(' ') || '…'}".`);
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

/** A value as a person reads it: "1,100 km", "Mach 12", "6 January 2025" (the kind's module shows it). */
export function display(kind: string, value: ClaimValue): string {
  const module = kindModule(kind);
  if (module) return module.show(value);
  return typeof value === 'number' ? tidy(value).toLocaleString('en-US') : value;
}
