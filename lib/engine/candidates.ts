/**
 * The candidate scanner: one pass over a sentence that finds every place a
 * figure could start (a numeral, a number word, a hedge, "Mach"), so the
 * figure kinds' costly patterns (distance, speed, troops, casualties) are
 * tried only there, after a cheap pre-check, instead of at every character.
 *
 * Trying a pattern stuck (`y`) at each candidate, in order, from the end of
 * the last match, finds exactly the matches a global scan finds: a global
 * scan tries every position from `lastIndex` and keeps the first that
 * matches, with the same alternation order. So the candidates only have to
 * be a superset of the positions where the pattern can start; each pattern
 * that uses them names the kinds of candidate it can start at, and a unit
 * test (tests/unit/candidates.test.ts) compares the two scans on hostile text.
 *
 * Dates and clock times are not read this way: measured (instructions
 * counted under callgrind, and timed), a global scan of their patterns,
 * which open on a word boundary or a digit V8 checks fast, costs less than
 * the candidate pass does.
 */
import { NUMBER_START_SOURCE, QUALIFIER_SOURCE } from './numbers';
import type { Scope } from './scope';

/** Kinds of candidate, as bits: each pattern tries only the kinds it can start with. */
/** The first digit of a run of digits (a numeral cannot start inside one). */
export const DIGIT_RUN = 1;
export const NUMBER_WORD = 2;
/** A hedge ("about", "more than", also inside a word: "moreover 1,000 km" reads "over 1,000 km"). */
export const HEDGE = 4;
/** "Mach", "exceed", "surpass", "beat", "outpac": a speed. */
export const SPEED_WORD = 8;

/**
 * Where the word-led figure patterns can start, one group per kind of
 * candidate (case-insensitive). The groups never both match at one place in
 * a way a pattern could use (a number word is no hedge), except
 * "exceeding" and "surpassing", hedges that are also speed verbs: SPEED
 * tries hedges too. A match consumes words, but the scan goes on from the
 * next character, so candidates inside it ("over" in "just over") are found
 * too. Digits are found by a plain loop beside it.
 */
const WORD_START = new RegExp(String.raw`(${NUMBER_START_SOURCE})|(${QUALIFIER_SOURCE})|(mach|exceed|surpass|beat|outpac)`, 'gi');
const WORD_KINDS = [NUMBER_WORD, HEDGE, SPEED_WORD];

/** A sentence's candidates: offsets in `scope.sentence`, ascending, and the kind of each. */
interface Candidates {
  at: number[];
  kind: number[];
}

const cache = new WeakMap<Scope, Candidates>();
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The candidates of a sentence, found once per sentence: one pass of the
 * word pattern, merged in order with the first digits of runs, read char by
 * char.
 */
export function candidatesOf(scope: Scope): Candidates {
  let found = cache.get(scope);
  if (found) return found;
  found = { at: [], kind: [] };
  const s = scope.sentence;
  let digit = 0;
  /** Adds the digits before `until`. */
  const digitsBefore = (until: number) => {
    for (; digit < until; digit++) {
      if (!isDigit(s.charCodeAt(digit)) || (digit > 0 && isDigit(s.charCodeAt(digit - 1)))) continue;
      found!.at.push(digit);
      found!.kind.push(DIGIT_RUN);
    }
  };
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(s); m; m = WORD_START.exec(s)) {
    digitsBefore(m.index);
    found.at.push(m.index);
    found.kind.push(WORD_KINDS[m.slice(1).findIndex((g) => g !== undefined)]!);
    WORD_START.lastIndex = m.index + 1;
  }
  digitsBefore(s.length);
  cache.set(scope, found);
  return found;
}

const sticky = new Map<RegExp, RegExp>();

/**
 * The matches `matches(re, scope)` gives (scope.ts), found by trying `re`
 * only at the sentence's candidates of the kinds in `kinds` (bits), which
 * must cover every place `re` can start, and there only where `couldStart`
 * (when given) allows.
 */
export function* candidateMatches(
  re: RegExp,
  kinds: number,
  scope: Scope,
  /** A cheap test that holds wherever `re` matches (so a failing one skips the costly pattern), if any. */
  couldStart?: (sentence: string, at: number) => boolean,
): Generator<RegExpExecArray & { at: number }> {
  let y = sticky.get(re);
  if (!y) sticky.set(re, (y = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  const s = scope.sentence;
  const { at, kind } = candidatesOf(scope);
  let from = 0;
  for (let i = 0; i < at.length; i++) {
    const p = at[i]!;
    if (p < from || (kind[i]! & kinds) === 0 || (couldStart && !couldStart(s, p))) continue;
    y.lastIndex = p;
    const m = y.exec(s);
    if (!m || m[0].length === 0) continue;
    from = p + m[0].length;
    yield Object.assign(m, { at: scope.start + p });
  }
}
