/**
 * Property-based tests (fast-check) of the engine on strings nobody wrote on
 * purpose: arbitrary Unicode, and soups of article-like tokens (figures with
 * commas, units, month names, "Mach", quotes, non-ASCII digits and spaces,
 * right-to-left text, lone surrogates, very long lines). On every input
 * extract() and check() return without throwing, every claim quotes its input
 * at its offsets, and every value has its kind's type. A coarse timing check
 * on adversarial runs guards against super-linear patterns. A few hundred
 * runs per property, to stay fast in CI; `npm run fuzz` goes further with
 * the same generators (tests/support/arbitraries.ts: near-miss numerals,
 * Unicode digits and spaces, right-to-left text, megabyte-long lines with
 * and without spaces), which run here too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { extract } from '../../lib/engine/extract';
import { CLAIM_KINDS, type ClaimKind, type ClaimValue } from '../../lib/engine/types';
import { GENERATORS, LONG_GENERATORS, hostileText } from '../support/arbitraries';
import { cutFromNumeral } from '../support/invariants';
import { reference } from './helpers';

const ref = reference();

/** A lead that passes the engine's topic gate and anchors the text to the launch, so the rest is read. */
const LEAD = 'North Korea fired a missile on January 6, 2025, as Antony Blinken visited Seoul. ';

const TOKENS = [
  // figures, with and without separators, near misses and huge ones
  '1,100', '1100', '1.100', '1 100', '1\u202f100', '11,00', '1,1,0,0', '10,000', '1,500', '685', '680', '0.5', '.5', '12.', '99.8', '007',
  '123456789012345678901234567890', '-1,100', '+12', '1e6', '½', '1/2', 'twelve', 'eleven hundred', 'a thousand', 'dozens',
  // units
  'km', 'kilometres', 'kilometers', '-kilometre', 'miles', 'mi', 'nautical miles', 'km/h', 'kph', 'mph', 'feet', 'metres', 'meters',
  // speed
  'Mach', 'Mach 12', 'Mach12', 'times the speed of sound', 'speed of sound', 'hypersonic', 'supersonic',
  // calendar
  'January', 'Jan.', 'Jan', '6 January', 'January 6', '6th', 'Nov. 5', 'November', 'Sept.', 'October 31', '2024', '2025', '1999',
  'Monday', 'Tuesday', 'Sunday', 'said Tuesday', 'on Monday', 'noon', 'midday', 'morning', '03:00 GMT', '0300 GMT', '12 p.m.', '9:30 a.m.', 'ET', 'UTC', 'KST',
  // missiles, places, people
  'ballistic', 'intermediate-range', 'mid-range', 'short-range', 'IRBM', 'ICBM', 'intercontinental', 'Hwasong-19',
  'Pyongyang', 'the North Korean capital', 'Sea of Japan', 'East Sea', 'Yellow Sea', 'exclusive economic zone', "outside Japan's EEZ",
  'KCNA said', 'according to', "South Korea's Joint Chiefs of Staff", 'JCS', 'Kim Jong Un', 'Secretary of State Antony Blinken',
  'Foreign Minister Cho Tae-yul', 'condemned', 'troops', 'soldiers', 'killed or injured', 'more than', 'about', 'nearly', 'up to', 'some', 'since', 'last year',
  // punctuation and quotes
  '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '(', ')', '[', ']', '.', '...', '!', '?', ',', ';', ':', ' - ', ' \u2014 ', '\u2013', '-', '/',
  // whitespace and line structure
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u00a0', '\u2009', '\u202f', '\u3000', '\u200b', '\u2028', '\u2029', '\ufeff',
  // other scripts, digits and directions
  '\u0661\u0662', '\u0661\u066c\u0661\u0660\u0660 \u0643\u0645', '\u06f1\u06f1\u06f0\u06f0', '\u0967\u0968', '\uff11\uff12', '\ud835\udfcf\ud835\udfd0', '\u2160\u2161',
  '\u202e', '\u202b', '\u200f', '\u0635\u0627\u0631\u0648\u062e', '\u05e9\u05d9\u05d2\u05d5\u05e8', '\ubd81\ud55c', '\u5317\u671d\u9c9c', '\ud83d\ude80', '\ud800', '\udfff',
  'e\u0301', '\u0000', '<p>', '&nbsp;', '&amp;',
];

const token = fc.constantFrom(...TOKENS);
/** Article-like soup: tokens joined by spaces or nothing, optionally after a relevant lead. */
const soup = fc
  .tuple(fc.boolean(), fc.array(token, { maxLength: 120 }), fc.constantFrom(' ', '', '\n'))
  .map(([lead, tokens, sep]) => (lead ? LEAD : '') + tokens.join(sep));
/** Any code units at all, including lone surrogates, behind the lead or not. */
const anyString = fc.tuple(fc.boolean(), fc.string({ unit: 'binary', maxLength: 400 })).map(([lead, s]) => (lead ? LEAD + s : s));
/** Tokens mixed with raw strings. */
const mixed = fc.tuple(fc.boolean(), hostileText(120)).map(([lead, s]) => (lead ? LEAD + s : s));
/** One very long line with no terminator, built from a few tokens. */
const longLine = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2_000, max: 20_000 }))
  .map(([tokens, length]) => {
    const unit = `${tokens.join(' ')} `;
    return (LEAD + unit.repeat(Math.ceil(length / unit.length))).slice(0, LEAD.length + length);
  });

const NUMERIC: ReadonlySet<ClaimKind> = new Set(['distance', 'altitude', 'speed', 'troops', 'casualties']);
const CALENDAR: ReadonlySet<ClaimKind> = new Set(['date', 'previous-launch', 'inauguration']);
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const MISSILE_TYPES = new Set(['ballistic', 'hypersonic', 'short-range', 'intermediate-range', 'intercontinental']);
const VERDICTS = new Set(['supported', 'disputed', 'contradicted', 'unverified']);

/** Why a value is not of its kind's type, or null. */
function badValue(kind: ClaimKind, value: ClaimValue): string | null {
  if (NUMERIC.has(kind)) return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : `${kind} value ${String(value)} is not a finite non-negative number`;
  if (typeof value !== 'string' || value.trim() === '') return `${kind} value ${JSON.stringify(value)} is not a non-empty string`;
  if (CALENDAR.has(kind)) return /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/.test(value) ? null : `${kind} value ${value} is not YYYY-MM(-DD)`;
  if (kind === 'weekday') return WEEKDAYS.has(value) ? null : `weekday ${value}`;
  if (kind === 'missile-type') return MISSILE_TYPES.has(value) ? null : `missile-type ${value}`;
  if (kind === 'time' && /^\d/.test(value)) return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : `time ${value} is not HH:MM`;
  return null;
}

/** Every invariant of one text's extraction and check; returns the first broken one, or null. */
function broken(text: string): string | null {
  const x = extract(text);
  if (!x.relevant && x.claims.length > 0) return 'claims in an irrelevant text';
  if (x.notes.length !== x.claims.length) return 'notes do not line up with claims';
  for (const c of x.claims) {
    if (!(CLAIM_KINDS as readonly string[]).includes(c.kind)) return `unknown kind ${c.kind}`;
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= text.length)) return `offsets ${c.start}-${c.end} outside 0-${text.length}`;
    if (text.slice(c.start, c.end) !== c.text) return `text ${JSON.stringify(c.text)} is not input.slice(${c.start}, ${c.end})`;
    if (!(c.sentenceStart <= c.start && c.end <= c.sentenceEnd && c.sentenceEnd <= text.length)) return `claim ${c.start}-${c.end} outside its sentence ${c.sentenceStart}-${c.sentenceEnd}`;
    const bad = badValue(c.kind, c.value);
    if (bad) return bad;
    if (NUMERIC.has(c.kind) && cutFromNumeral(text, c.start, c.end)) return `${c.kind} ${JSON.stringify(c.text)} was cut from a longer numeral`;
  }
  const r = check(text, ref);
  if (r.relevant !== x.relevant || r.claims.length !== x.claims.length) return 'check() and extract() disagree';
  for (const c of r.claims) {
    if (text.slice(c.start, c.end) !== c.text) return `checked claim ${JSON.stringify(c.text)} does not quote its input`;
    if (!VERDICTS.has(c.verdict)) return `verdict ${c.verdict}`;
    if (c.outlets.some((o) => o.stance !== 'agree' && o.stance !== 'differ')) return 'bad stance';
    if (!c.notes.every((n) => typeof n === 'string')) return 'bad note';
  }
  return null;
}

const holds = (text: string) => {
  const why = broken(text);
  if (why) throw new Error(`${why} on ${JSON.stringify(text.slice(0, 200))}`);
  return true;
};

describe('the engine on any string', () => {
  it('arbitrary code units (lone surrogates, NULs, controls)', () => {
    fc.assert(fc.property(anyString, holds), { numRuns: 300 });
  });

  it('article-like token soups', () => {
    fc.assert(fc.property(soup, holds), { numRuns: 400 });
  });

  it('tokens mixed with raw strings', () => {
    fc.assert(fc.property(mixed, holds), { numRuns: 300 });
  });

  it('very long lines without a sentence terminator', () => {
    fc.assert(fc.property(longLine, holds), { numRuns: 40 });
  });

  it('the same text gives the same claims twice', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the fuzzer\'s generators (a few runs each; npm run fuzz runs 100,000)', () => {
  it.each(Object.entries(GENERATORS))('%s', (_name, gen) => {
    fc.assert(fc.property(gen, holds), { numRuns: 150 });
  });

  it.each(Object.entries(LONG_GENERATORS(1_000_000)))('%s: megabyte-long lines', (_name, gen) => {
    fc.assert(fc.property(gen, holds), { numRuns: 2 });
  });
});

describe('the engine stays linear', () => {
  /** Adversarial runs: figures, separators, "Mach" and month names with nothing to end a sentence. */
  const RUNS = ['1,1,1,1,', '9 9 9 9 ', 'Mach Mach 1', 'January February 6 ', '1,100 km (1,100 km (', '"about more than nearly ', '\u00a0\u2009\u0661,'];
  const best = (text: string) => {
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      check(text, ref);
      ms = Math.min(ms, performance.now() - t0);
    }
    return ms;
  };

  it.each(RUNS)('4x the text takes well under 16x the time: %j', (unit) => {
    const make = (n: number) => (LEAD + unit.repeat(Math.ceil(n / unit.length))).slice(0, n);
    const n = 40_000;
    best(make(n)); // warm up
    const small = Math.max(best(make(n)), 1);
    const large = best(make(4 * n));
    // Linear work gives about 4; quadratic gives 16. Timers are noisy in CI, so the bar is 10.
    expect(large / small).toBeLessThan(10);
  });

  /*
   * Found at df05ef8: the subject-list pattern before "condemned" split a run of
   * capitals in exponentially many ways (24 capitals took about a second).
   */
  it('a run of capitals before "condemned the launch" is read in well under a second', () => {
    const text = `${LEAD}Officials in ${'A'.repeat(25)} x condemned the launch.`;
    const t0 = performance.now();
    extract(text);
    expect(performance.now() - t0).toBeLessThan(300);
  });
});
