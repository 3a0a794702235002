/**
 * Compares one claim with the reference set: which outlets state the same
 * kind of fact, whether each agrees or differs, and the verdict. The rules
 * are a careful fact-checker's: figures agree within the writer's rounding
 * and hedges; a month agrees with a day in it; aliases meet; North Korea's
 * own figures are compared only with what outlets report North Korea said;
 * different measures and different facets are never compared.
 */
import { interval, overlaps, qualifierBound, tidy } from './numbers';
import { missileFacet } from './kinds/missiles';
import { placeFacet } from './kinds/places';
import { personNamed } from './kinds/people';
import { formatDate, weekdayOf } from './dates';
import { memo } from './scope';
import { consensus } from './consensus';
import type { Attribution, Claim, ClaimValue, Counts, OutletStance, ReferenceClaim, Stance, Verdict } from './types';

const NUMERIC = new Set(['distance', 'altitude', 'speed', 'troops', 'casualties']);
/** Kinds whose camp matters: what the missile did, not who said what or when (no one disputes the day). */
const CAMPLESS = new Set(['quote', 'official', 'reaction', 'inauguration', 'date', 'weekday', 'previous-launch']);
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
    // Two hedges do not add up: "about 1,300" is not "approximately 1,100", though each is ±10 %.
    const bothAround = qualifierBound(claim.qualifier) === 'around' && qualifierBound(ref.qualifier) === 'around';
    const b = interval(ref.value as number, ref.detail?.tolerance ?? 0, bothAround ? null : ref.qualifier);
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

/** Longest quotation compared word by word; the rest of a longer one is not read. */
const MAX_QUOTE_WORDS = 300;

/** A quotation's words as written, the same lower-cased with straight apostrophes, and where an ellipsis cut it. */
interface QuoteWords {
  written: string[];
  keys: string[];
  /** Index of the piece (between ellipses) each word stands in. */
  piece: number[];
}

/**
 * The words of a quotation, for comparing quotes that were trimmed,
 * re-punctuated or re-cased: letters and digits, apostrophes inside a word
 * kept ("Korea's"), hyphens and dashes splitting ("two-way" is "two", "way"),
 * curly quotes folded. An ellipsis ("...", "…") marks an elision.
 */
export const quoteWords = memo((s: string): QuoteWords => {
  const out: QuoteWords = { written: [], keys: [], piece: [] };
  let piece = 0;
  const token = /\.{3}|\u2026|[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  for (let m = token.exec(s); m && out.keys.length < MAX_QUOTE_WORDS; m = token.exec(s)) {
    if (m[0] === '...' || m[0] === '\u2026') {
      if (out.keys.length > 0) piece++;
      continue;
    }
    out.written.push(m[0]);
    out.keys.push(m[0].toLowerCase().replace(/\u2019/g, "'"));
    out.piece.push(piece);
  }
  return out;
});

interface Alignment {
  /** Longest run of words the two share, in order and unbroken. */
  run: number;
  /** Pairs of word indices (page, outlet) in a longest common subsequence. */
  pairs: [number, number][];
}

/** Word-by-word alignment of two quotations (longest common subsequence and run). */
function align(a: string[], b: string[]): Alignment {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: common subsequence of a[i..] and b[j..]; runs kept per row for the longest run.
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  let run = 0;
  let next = new Uint16Array(m + 1);
  for (let i = n - 1; i >= 0; i--) {
    const row = new Uint16Array(m + 1);
    for (let j = m - 1; j >= 0; j--) {
      if (a[i] === b[j]) {
        lcs[i]![j] = lcs[i + 1]![j + 1]! + 1;
        row[j] = next[j + 1]! + 1;
        if (row[j]! > run) run = row[j]!;
      } else lcs[i]![j] = Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
    next = row;
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return { run, pairs };
}

/** Whether `words`, cut at `piece` boundaries, stand in `within` in order, each piece unbroken. */
function fitsIn(words: string[], piece: number[], within: string[]): boolean {
  let from = 0;
  for (let i = 0; i < words.length; ) {
    let k = i;
    while (k < words.length && piece[k] === piece[i]) k++;
    const part = words.slice(i, k);
    let at = -1;
    for (let j = from; j + part.length <= within.length; j++) {
      if (part.every((w, x) => within[j + x] === w)) {
        at = j;
        break;
      }
    }
    if (at < 0) return false;
    from = at + part.length;
    i = k;
  }
  return true;
}

interface QuoteMatch {
  /** Clearly the same quotation: a long shared run, or most words shared in order. */
  same: boolean;
  /** Its words are the other's, in order: one is a trimmed span of the other. */
  faithful: boolean;
  alignment: Alignment;
}

/** A shared run of this many words is one quotation whatever else differs. */
const SAME_RUN = 6;
/** Else this share of the shorter quote's words, in order, with a run of three. */
const SAME_SHARE = 0.7;

const matchQuotes = memo((key: string): QuoteMatch => {
  // The key is the page's quote's length, a colon, and the two quotes (either may hold any character).
  const colon = key.indexOf(':');
  const split = colon + 1 + Number(key.slice(0, colon));
  const pa = key.slice(colon + 1, split);
  const pb = key.slice(split);
  const a = quoteWords(pa);
  const b = quoteWords(pb);
  const shorter = Math.min(a.keys.length, b.keys.length);
  const none = { same: false, faithful: false, alignment: { run: 0, pairs: [] } };
  if (shorter === 0) return none;
  // Cheap test first: quotes that share few words at all are not aligned.
  const inB = new Set(b.keys);
  const shared = a.keys.filter((w) => inB.has(w)).length;
  if (shared < Math.min(SAME_RUN, SAME_SHARE * shorter)) return none;
  const alignment = align(a.keys, b.keys);
  const same = alignment.run >= Math.min(SAME_RUN, shorter) || (alignment.run >= 3 && alignment.pairs.length >= SAME_SHARE * shorter);
  const faithful = same && (fitsIn(a.keys, a.piece, b.keys) || fitsIn(b.keys, b.keys.map(() => 0), a.keys));
  return { same, faithful, alignment };
}, 500);

const quoteMatch = (page: string, outlet: string) => matchQuotes(`${page.length}:${page}${outlet}`);

/**
 * The words that differ between a page's quotation and an outlet's, as
 * each writes them: "This is a dangerous one-way street" against "This is a
 * dangerous two-way street" gives page ["one"], outlet ["two"]. Words one side
 * trimmed at either end, or elided with an ellipsis, are no difference; a
 * word swapped at an end is.
 */
export function quoteDifference(page: string, outlet: string): { page: string[]; outlet: string[] } {
  const a = quoteWords(page);
  const b = quoteWords(outlet);
  const { pairs } = quoteMatch(page, outlet).alignment;
  if (pairs.length === 0) return { page: [...a.written], outlet: [...b.written] };
  const onPage: string[] = [];
  const inOutlet: string[] = [];
  const [fi, fj] = pairs[0]!;
  const [li, lj] = pairs[pairs.length - 1]!;
  // At either end, words on both sides are a swap; words on one side only, a trim.
  if (fi > 0 && fj > 0) {
    onPage.push(...a.written.slice(0, fi));
    inOutlet.push(...b.written.slice(0, fj));
  }
  for (let p = 1; p < pairs.length; p++) {
    const [i0, j0] = pairs[p - 1]!;
    const [i1, j1] = pairs[p]!;
    onPage.push(...a.written.slice(i0 + 1, i1));
    // What the page elided with an ellipsis is not missing.
    if (a.piece[i0] === a.piece[i1]) inOutlet.push(...b.written.slice(j0 + 1, j1));
  }
  if (li < a.keys.length - 1 && lj < b.keys.length - 1) {
    onPage.push(...a.written.slice(li + 1));
    inOutlet.push(...b.written.slice(lj + 1));
  }
  return { page: onPage, outlet: inOutlet };
}

/**
 * A quote is compared with a reference quote only when they are clearly the
 * same quotation (a long shared run of words, or most words shared in order,
 * either trimmed at either end). Then it agrees only when its words are the
 * outlet's, in order (punctuation, case and curly quotes aside): a quote
 * with a word changed ("one-way" for "two-way") is a misquote and differs.
 * The speakers decide as well: a quote put in another mouth differs.
 */
export function compareQuote(claim: Comparable, ref: Comparable): Stance | null {
  const page = String(claim.value);
  const outlet = String(ref.value);
  if (quoteWords(page).keys.length < 4) return null;
  const match = quoteMatch(page, outlet);
  if (!match.same) return null;
  const sa = claim.detail?.speaker;
  const sb = ref.detail?.speaker;
  let stance: Stance | null;
  if (!sa || !sb) stance = sa === sb || !sa ? 'agree' : null;
  else stance = sa === sb ? 'agree' : 'differ';
  return stance === 'agree' && !match.faithful ? 'differ' : stance;
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
