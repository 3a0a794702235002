/**
 * What every kind of claim says about itself: how it is found in a
 * sentence, how two values of it compare, how a value is shown, and what a
 * valid reference value of it looks like. Each kind's module under
 * lib/engine/kinds/ exports one of these; the registry (index.ts) lists them.
 * The helpers below are the rules several kinds share.
 */
import { formatDate } from '../dates';
import { interval, overlaps, qualifierBound, tidy } from '../numbers';
import type { Extractor } from '../scope';
import type { Claim, ClaimKind, ClaimValue, Stance } from '../types';

/** The part of a claim that can be checked against a reference claim. */
export type Comparable = Pick<Claim, 'kind' | 'value' | 'qualifier' | 'attribution' | 'detail'>;

/** A pattern tried only at candidates: the pattern, the kinds of candidate it starts at, a pre-check. */
export type CandidatePattern = [RegExp, number, ((sentence: string, at: number) => boolean)?];

export interface KindModule {
  kind: ClaimKind;
  /**
   * The finders that read this kind out of a sentence, in the order the
   * engine runs them (a finder may yield several kinds: one reads distances
   * and altitudes). Each finder tries its patterns only where the candidate
   * scanner (candidates.ts) or its own key words say one can be.
   */
  find: Extractor[];
  /**
   * The costly patterns its finders try only at the scanner's candidates,
   * each with the kinds of candidate it can start at (its keys) and the
   * cheap pre-check it uses, if any: the scanner's test checks each finds
   * what a global scan finds.
   */
  patterns?: CandidatePattern[];
  /**
   * Whether whose figure it is matters (North Korea's own claims are
   * compared only with what outlets report North Korea claimed). Not for
   * who said what, or when: no one disputes the day.
   */
  camped: boolean;
  /** Whether a reference value speaks to the same question (null: not comparable), and if so the stance. Kinds are already equal. */
  stance(claim: Comparable, ref: Comparable): Stance | null;
  /** A value as a person reads it: "1,100 km", "Mach 12", "6 January 2025". */
  show(value: ClaimValue): string;
  /** What is wrong with a reference claim's value of this kind, or null. */
  validate(value: unknown): string | null;
}

/**
 * Figures agree when the intervals their rounding and hedges allow overlap.
 * Two hedges do not add up: "about 1,300" is not "approximately 1,100",
 * though each is ±10 %.
 */
export function numericStance(claim: Comparable, ref: Comparable): Stance {
  const a = interval(claim.value as number, claim.detail?.tolerance ?? 0, claim.qualifier);
  const bothAround = qualifierBound(claim.qualifier) === 'around' && qualifierBound(ref.qualifier) === 'around';
  const b = interval(ref.value as number, ref.detail?.tolerance ?? 0, bothAround ? null : ref.qualifier);
  return overlaps(a, b) ? 'agree' : 'differ';
}

/** A month agrees with a day in it ("2024-11" and "2024-11-05"). */
export function calendarStance(claim: Comparable, ref: Comparable): Stance {
  const a = String(claim.value);
  const b = String(ref.value);
  return a.startsWith(b) || b.startsWith(a) ? 'agree' : 'differ';
}

/** Values that are names: equal or not. */
export const sameValue = (claim: Comparable, ref: Comparable): Stance => (claim.value === ref.value ? 'agree' : 'differ');

/** A figure in its unit: "1,100 km", "Mach 12", "10,000". */
export const showFigure =
  (unit: (n: string) => string = (n) => n) =>
  (value: ClaimValue): string =>
    typeof value === 'number' ? unit(tidy(value).toLocaleString('en-US')) : value;

/** A calendar value: "6 January 2025", "November 2024". */
export const showDate = (value: ClaimValue): string => (typeof value === 'number' ? tidy(value).toLocaleString('en-US') : formatDate(value));

/** A value shown as written. */
export const showAsIs = (value: ClaimValue): string => (typeof value === 'number' ? tidy(value).toLocaleString('en-US') : value);

/** A finite figure, zero or more. */
export const validFigure = (value: unknown): string | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'is not a figure of zero or more');

/** A date as the engine writes it: `YYYY-MM-DD`, or `YYYY-MM` for a month. */
export const validDate = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/.test(value) ? null : 'is not a date (YYYY-MM-DD or YYYY-MM)');

/** Any text that is not empty. */
export const validText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? null : 'is not a text');

/** One of a fixed set of values. */
export const validOneOf =
  (values: readonly string[]) =>
  (value: unknown): string | null =>
    typeof value === 'string' && values.includes(value) ? null : `is not one of ${values.join(', ')}`;
