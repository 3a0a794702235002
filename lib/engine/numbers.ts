/**
 * Numerals as news copy writes them ("1,100", "1100", "1.5", "twelve") and
 * the hedges around them ("about", "more than", "up to"), turned into values
 * and into the interval a careful reader would accept for them.
 */

/** Digits of any script the fuzzer writes: ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, fullwidth. */
const DIGIT = String.raw`0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19`;
/** What joins digits inside a numeral: group and decimal separators, invisible joiners and spaces. */
const JOIN = String.raw`,.'_\u2019\u066b\u066c\u00a0\u2009\u202f\u200b-\u200d\u2060\ufeff`;
/**
 * SI grouping with a space ("1 100", also a thin or no-break space, which the
 * engine folds to a space): the group after the space is not a number of its own.
 */
const SPACE_GROUP = String.raw`(?!(?<=(?<![${DIGIT}${JOIN}])[${DIGIT}]{1,3} )\d{3}(?![${DIGIT}]|[${JOIN}][${DIGIT}]))`;

/**
 * Matches a written number: digits with thousands separators, decimals, or a word.
 * Digits are matched whole: never from inside a numeral the engine cannot read
 * ("1,10" is not "10", "1١00" is not "00", "１100" is not "100", "1 100" is not
 * "100"), so a near miss
 * gives no figure rather than a wrong one.
 */
export const NUMBER_SOURCE =
  String.raw`(?:(?<![${DIGIT}]|[${DIGIT}][${JOIN}])${SPACE_GROUP}(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![${DIGIT}]|[${JOIN}][${DIGIT}])|an? (?:hundred|thousand)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?(?: (?:hundred|thousand))?)`;

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  a: 1, an: 1, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

export interface ParsedNumber {
  value: number;
  /** Half the step the writer rounded to: "1,100" is good to ±50, "685" to ±0.5. */
  rounding: number;
}

/** Reads a numeral matched by NUMBER_SOURCE; null if it is not one. */
export function parseNumber(raw: string): ParsedNumber | null {
  const s = raw.trim().toLowerCase();
  if (/^[\d,]+(?:\.\d+)?$/.test(s)) {
    const plain = s.replace(/,/g, '');
    const value = Number(plain);
    if (!Number.isFinite(value)) return null;
    const dot = plain.indexOf('.');
    if (dot >= 0) return { value, rounding: 0.5 * 10 ** -(plain.length - dot - 1) };
    const zeros = plain.length - plain.replace(/0+$/, '').length;
    return { value, rounding: value === 0 ? 0.5 : 0.5 * 10 ** Math.min(zeros, plain.length - 1) };
  }
  const parts = s.split(/[ -]+/);
  let value = 0;
  for (const p of parts) {
    if (p === 'hundred') value *= 100;
    else if (p === 'thousand') value *= 1000;
    else if (WORDS[p] !== undefined) value += WORDS[p]!;
    else return null;
  }
  return value > 0 ? { value, rounding: 0.5 } : null;
}

/** Hedges that may stand before a figure, longest first so "more than" wins over "more". */
export const QUALIFIER_SOURCE =
  String.raw`(?:approximately|approx\.|about|around|roughly|some|an estimated|estimated|nearly|almost|close to|just under|just over|more than|over|at least|upwards of|in excess of|up to|as much as|as far as|as high as|less than|under|at most|no more than)`;

export type Bound = 'around' | 'below' | 'above' | 'at-most' | 'exact';

/** What a hedge does to the figure after it. */
export function qualifierBound(q: string | null): Bound {
  if (!q) return 'exact';
  const s = q.toLowerCase();
  if (/^(?:nearly|almost|close to|just under)$/.test(s)) return 'below';
  if (/^(?:more than|over|at least|upwards of|in excess of|just over)$/.test(s)) return 'above';
  if (/^(?:up to|as much as|as far as|as high as|less than|under|at most|no more than)$/.test(s)) return 'at-most';
  return 'around';
}

/** Share of a value any figure may be off by in print, whatever its rounding. */
const PRINT_SLACK = 0.01;
/** A round figure ("1,000") is rarely meant to ±500: cap rounding at this share. */
const ROUNDING_CAP = 0.04;
/** What "about" and its kin add. */
const HEDGE = 0.1;

/**
 * The interval of values a figure can stand for, given the writer's rounding
 * and hedge. `tolerance` is the rounding in the normalised unit.
 */
export function interval(value: number, tolerance: number, qualifier: string | null): [number, number] {
  const t = Math.max(Math.min(tolerance, value * ROUNDING_CAP), value * PRINT_SLACK);
  switch (qualifierBound(qualifier)) {
    case 'around':
      return [value - Math.max(t, value * HEDGE), value + Math.max(t, value * HEDGE)];
    case 'below':
      return [value * 0.85, value + t];
    case 'above':
      return [value - t, Infinity];
    case 'at-most':
      return [0, value + t];
    case 'exact':
      return [value - t, value + t];
  }
}

/** Do two intervals share any value? */
export function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Rounds a converted figure for display: whole numbers above 100, one decimal below. */
export function tidy(n: number): number {
  return n >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
}
