/**
 * Numerals as news copy writes them ("1,100", "1100", "1 100", "1.5",
 * "twelve", "eleven hundred", "one thousand one hundred", "15-hundred",
 * "1.1 thousand", "101-point-one", "10 1/2") and the hedges around them
 * ("about", "more than", "up to"), turned into values and into the interval a
 * careful reader would accept for them.
 */

/** Digits of any script the fuzzer writes: ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, fullwidth. */
const DIGIT = String.raw`0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19`;
/** What joins digits inside a numeral: group and decimal separators, invisible joiners and spaces. */
const JOIN = String.raw`,.'_\u2019\u066b\u066c\u00a0\u2009\u202f\u200b-\u200d\u2060\ufeff`;
/**
 * SI grouping with a space ("1 100", also a thin or no-break space, which the
 * engine folds to a space): a numeral is read whole or not at all, so none
 * starts right after a group of one to three digits and a space.
 */
const SPACE_GROUP = String.raw`(?<!(?<![${DIGIT}${JOIN}])[${DIGIT}]{1,3} )`;
/** Nothing of a numeral before: no digit, no digit and separator, no digit and slash ("1/2" is not "2"), no scale word ("one-thousand-100" is not "100"). */
const NOT_AFTER_NUMERAL = String.raw`(?<![${DIGIT}]|[${DIGIT}][${JOIN}/]|(?:hundred|thousand|million)[ -])`;
/** Nothing of a numeral after: no digit, no separator and digit, no fraction ("10/2" is not "10"). */
const NOT_BEFORE_NUMERAL = String.raw`(?![${DIGIT}]|[${JOIN}/][${DIGIT}])`;
/**
 * A numeral in digits: grouped with commas, grouped with spaces ("1 500",
 * whole or not at all: never "1 500" out of "1 500 2500"), or plain; a plain
 * run of one to three digits followed by a space and a digit is no numeral
 * of its own.
 */
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?! \d)(?:\.\d+)?|\d+(?:\.\d+)?(?<!(?<![${DIGIT}${JOIN}])\d{1,3}(?= [${DIGIT}])))`;

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** One to ninety-nine in words; teens before units so "sixteen" is not "six". */
const SMALL = String.raw`(?:(?:${TENS})(?:[ -](?:${UNITS})\b)?|(?:${TEENS}|${UNITS})\b)`;
/** Below a thousand: "eleven hundred", "one hundred and fifty", "a hundred", "forty-two". */
const HUNDREDS = String.raw`(?:(?:${SMALL}|an?)[ -]hundred\b(?:(?: and)? ${SMALL})?|${SMALL})`;
/** Words for a number up to the thousands: "one thousand one hundred", "a thousand", "twelve". */
const WORD_NUMBER = String.raw`\b(?:(?:${HUNDREDS}|an?)[ -]thousand\b(?:,?(?: and)? ${HUNDREDS})?|${HUNDREDS})`;

/**
 * Where a written number can start (a superset, for the candidate scanner):
 * a number word at a word boundary, or "a"/"an" before "hundred"/"thousand".
 * Digits are found apart (any digit is a candidate).
 */
export const NUMBER_START_SOURCE = String.raw`\b(?:${UNITS}|${TEENS}|${TENS}|an?[ -](?:hundred|thousand))`;

/**
 * Matches a written number: digits (with separators, a scale word — "1.1
 * thousand", "15-hundred" — a spoken decimal — "101-point-one" — or a
 * fraction — "10 1/2", "10½"), or words.
 * Digits are matched whole: never from inside a numeral the engine cannot read
 * ("1,10" is not "10", "1١00" is not "00", "１100" is not "100", "1 100" is not
 * "100"), so a near miss gives no figure rather than a wrong one.
 */
export const NUMBER_SOURCE =
  String.raw`(?:${NOT_AFTER_NUMERAL}${SPACE_GROUP}(?:\d+[ -]point[ -](?:\d+|(?:zero|${UNITS})\b)|\d+(?:[ -]| and )[1-9]\/(?:1[0-6]|[2-9])|\d+ ?[½¼¾]|${DIGITS}(?:[ -](?:hundred|thousand)\b)?)${NOT_BEFORE_NUMERAL}|${WORD_NUMBER})`;

/** Words that may stand inside a numeral written from digits: "101-point-one", "10 and 3/4", "1.1 thousand". */
const INSIDE_WORDS = new Set(['point', 'and', 'hundred', 'thousand', 'zero', ...UNITS.split('|')]);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Where the words after a numeral that starts at `at` (a digit) can begin,
 * at the farthest: past every character a numeral written from digits can
 * hold (digits, separators, fractions, "point", "and", "hundred",
 * "thousand", the digit words after "point") and the spaces and hyphen
 * before a unit. A pattern that needs a unit right after its numeral can
 * match from `at` only if that unit starts here (a cheap pre-check; see
 * candidates.ts).
 */
export function numeralReach(s: string, at: number): number {
  let i = at;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isAsciiDigit(c) || c === 44 || c === 46 || c === 45 || c === 47 || c === 0xbd || c === 0xbc || c === 0xbe || /\s/.test(s[i]!)) {
      i++;
      continue;
    }
    if (!isAsciiLetter(c)) break;
    let j = i;
    while (j < s.length && isAsciiLetter(s.charCodeAt(j))) j++;
    if (!INSIDE_WORDS.has(s.slice(i, j).toLowerCase())) break;
    i = j;
  }
  return i;
}

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  a: 1, an: 1, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000 };
const FRACTION: Record<string, number> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4 };

export interface ParsedNumber {
  value: number;
  /** Half the step the writer rounded to: "1,100" is good to ±50, "685" to ±0.5. */
  rounding: number;
}

/** Digits with comma or space grouping and an optional decimal part. */
function parseDigits(s: string): ParsedNumber | null {
  if (!/^\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return null;
  const plain = s.replace(/[ ,]/g, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  const dot = plain.indexOf('.');
  if (dot >= 0) return { value, rounding: 0.5 * 10 ** -(plain.length - dot - 1) };
  const zeros = plain.length - plain.replace(/0+$/, '').length;
  return { value, rounding: value === 0 ? 0.5 : 0.5 * 10 ** Math.min(zeros, plain.length - 1) };
}

/**
 * Whether a numeral the engine read in the folded text was grouped with real
 * spaces in the page's own text: folding turns Markdown's "_" and "*" into
 * spaces, and "1_100" is no "1 100".
 */
export function spacedAsWritten(original: string): boolean {
  return !/\d[_*]+\d/.test(original);
}

/** Reads a numeral matched by NUMBER_SOURCE; null if it is not one. */
export function parseNumber(raw: string): ParsedNumber | null {
  // The spaces a page groups digits with ("1 500", "1\u202f500") are one space here.
  const s = raw.trim().toLowerCase().replace(/[\s\u00a0\u2009\u202f]+/g, ' ');
  const digits = parseDigits(s);
  if (digits) return digits;
  // "1.1 thousand", "15-hundred": the figure times the scale, good to the scale's rounding.
  let m = /^([\d., ]+?)[ -](hundred|thousand)$/.exec(s);
  if (m) {
    const n = parseDigits(m[1]!);
    const scale = SCALE[m[2]!]!;
    if (!n) return null;
    const value = n.value * scale;
    return Number.isFinite(value) && value > 0 ? { value, rounding: (m[1]!.includes('.') ? n.rounding : 0.5) * scale } : null;
  }
  // "101-point-one", "3 point 5".
  m = /^(\d+)[ -]point[ -](\d+|[a-z]+)$/.exec(s);
  if (m) {
    const decimals = /^\d+$/.test(m[2]!) ? m[2]! : WORDS[m[2]!] !== undefined && WORDS[m[2]!]! < 10 ? String(WORDS[m[2]!]) : null;
    return decimals === null ? null : parseDigits(`${m[1]}.${decimals}`);
  }
  // "10 1/2", "10 and 3/4", "10½".
  m = /^(\d+)(?: | and |-)?(?:(\d+)\/(\d+)|([½¼¾]))$/.exec(s);
  if (m) {
    const whole = Number(m[1]);
    const [num, den] = m[4] ? [FRACTION[m[4]]!, 1] : [Number(m[2]), Number(m[3])];
    if (!Number.isFinite(whole) || !(den > 0) || num >= den) return null;
    return { value: whole + num / den, rounding: m[4] ? 0.125 : 0.5 / den };
  }
  return parseWords(s);
}

/**
 * Number words: a group below a thousand is built up ("eleven hundred" is
 * 11 × 100) and "thousand" closes it ("one thousand one hundred" is 1,100).
 * A figure that ends on a scale word is good to half that scale.
 */
function parseWords(s: string): ParsedNumber | null {
  const parts = s.split(/[ ,-]+/).filter((p) => p !== 'and' && p !== '');
  let total = 0;
  let group = 0;
  let rounding = 0.5;
  for (const p of parts) {
    if (p === 'hundred') {
      if (group === 0 || group >= 100) return null;
      group *= 100;
      rounding = 50;
    } else if (p === 'thousand') {
      if (group === 0 || total > 0) return null;
      total += group * 1000;
      group = 0;
      rounding = 500;
    } else if (WORDS[p] !== undefined) {
      group += WORDS[p]!;
      rounding = 0.5;
    } else return null;
  }
  const value = total + group;
  return value > 0 ? { value, rounding } : null;
}

/** Hedges that may stand before a figure, longest first so "more than" wins over "more". */
export const QUALIFIER_SOURCE =
  String.raw`(?:approximately|approx\.|about|around|roughly|some|an estimated|estimated|nearly|almost|close to|just under|just over|more than|over|at least|upwards of|in excess of|exceeding|surpassing|above|closer to|up to|as much as|as far as|as high as|less than|under|at most|no more than)`;

export type Bound = 'around' | 'below' | 'above' | 'at-most' | 'exact';

/** What a hedge does to the figure after it. */
export function qualifierBound(q: string | null): Bound {
  if (!q) return 'exact';
  const s = q.toLowerCase();
  if (/^(?:nearly|almost|close to|just under)$/.test(s)) return 'below';
  if (/^(?:more than|over|at least|upwards of|in excess of|just over|exceeding|surpassing|above)$/.test(s)) return 'above';
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
