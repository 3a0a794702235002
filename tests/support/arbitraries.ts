/**
 * fast-check generators of hostile, article-like text for the engine: real
 * claim phrasings cut and shuffled with near-miss numerals, Unicode digits and
 * spaces, right-to-left text, stray quotes and runs that tempt regular
 * expressions to backtrack, and megabyte-long lines with no space at all.
 * Shared by the property tests (few runs, in CI) and `npm run fuzz` (many):
 * `GENERATORS` lists every one, so both run the same set.
 */
import fc from 'fast-check';

const TOKENS = [
  'North Korea', 'Pyongyang', 'KCNA said', 'missile', 'launched', 'flew', 'fired', 'the missile flew',
  '1,100', '1100', '1,100km', '1,100-kilometre', '1.100', '1,10,0', '11,00', '00,000', '9'.repeat(30), '1e9', '-5',
  'km', 'kilometers', 'miles', 'mi', '(685 miles)', '(', ')', '((', '))', 'Mach', 'Mach 12', 'times the speed of sound',
  'January 6, 2025', 'Jan.', '6 January', 'Nov. 5', 'February 30', 'Monday', 'Tuesday', 'on Tuesday', 'said Tuesday',
  'noon', '03:00 GMT', '12:01 p.m.', '25:99', 'local time', 'morning', 'about', 'more than', 'nearly', 'up to', 'some',
  'since', 'last year', 'ICBM', 'IRBM', 'hypersonic', 'mid-range', 'ballistic', 'Sea of Japan', 'East Sea',
  "outside Japan's exclusive economic zone", 'near the North Korean capital of Pyongyang', 'according to',
  "South Korea's Joint Chiefs of Staff", 'Blinken', 'Foreign Minister Cho Tae-yul', 'condemned the launch',
  '"', '“', '”', "'", '’', '.', '. ', '!', '?', ',', ';', ' — ', '-', '\n', '\n\n', ' ', '  ', '\t',
  '١٢٣', '١,١٠٠ كم', '۱۱۰۰', '\u00a0', '\u2009', '\u202f', '\u3000', '\u200b', '\u200f', 'صاروخ', 'שיגור', '🚀', '\ud800',
  '<script>alert(1)</script>', '<b>', '&amp;', 'Image Credit:', 'Related Articles', 'troops', 'killed or injured',
];

/** A token-soup text of up to `max` tokens. */
export const articleLike = (max = 200) => fc.array(fc.constantFrom(...TOKENS), { maxLength: max }).map((t) => t.join(' '));

/** Mostly tokens, with raw strings (any code points) mixed in. */
export const hostileText = (max = 200) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }), { maxLength: max }).map((t) => t.join(' '));

/**
 * Two tokens repeated into one long line after a relevant lead, so the engine
 * reads all of it: the shape that exposes super-linear patterns.
 */
export const longRun = (length: number) =>
  fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...TOKENS)).map(([a, b]) => {
    const unit = `${a} ${b} `;
    return `North Korea fired a missile on January 6, 2025. ${unit.repeat(Math.ceil(length / unit.length))}`.slice(0, length);
  });

/** A lead that passes the engine's topic gate and anchors the text to the launch, so the rest is read. */
export const LEAD = 'North Korea fired a missile on January 6, 2025, as Antony Blinken visited Seoul. ';

/** Real claim sentences, the material the transforms below bend. */
const CLAIMS = [
  'The missile flew 1,100 km before landing in the Sea of Japan.',
  'It flew about 1,100 kilometres (685 miles) at Mach 12, KCNA said.',
  'The missile reached an altitude of 100 km and a speed of 14,700 km/h.',
  'It was launched at 12:01 p.m. (03:01 GMT) on Monday, January 6, 2025.',
  'It was the first launch since November 5, 2024, when seven missiles were fired.',
  'North Korea has sent more than 10,000 troops, and 1,000 were killed or injured.',
  "It fell outside Japan's exclusive economic zone, the Joint Chiefs of Staff said.",
];

/** Numerals that are almost figures: wrong grouping, stray separators, letters for digits, other notations. */
const NEAR_MISSES = [
  '1,1000', '1,10', ',100', '1,,100', '1,100,', '1.100,5', '1,100.', '01,100', '1\u00a0100', '1\u202f100', '1\u2009100', '1_100', "1'100", '1\u2019100',
  '1\u066c100', '1e3', '1E+3', '0x44C', '1100.0.0', '1..100', '1,1,0,0', 'l,l00', '1,1OO', 'O.5', '−1,100', '1,100\u0301', '1\u200b100', '1/100', '11/00',
  '1,100-1,200', '1,100–1,200', '~1,100', '≈1,100', '>1,100', '1,100+', '1100km', '1,100kms', '1,100 k m', 'Mach-12', 'Mach12.5.1', '12x', '2025-01-06T', '25:61', '12:60 p.m.',
];

/** Digits of other scripts, by their zero: Arabic-Indic, Extended Arabic-Indic, Devanagari, fullwidth, mathematical bold. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0xff10, 0x1d7ce];
/** Spaces other than U+0020: no-break, thin, narrow no-break, ideographic, en, em, figure, zero-width, hair. */
const SPACES = ['\u00a0', '\u2009', '\u202f', '\u3000', '\u2002', '\u2003', '\u2007', '\u200b', '\u200a'];
/** Right-to-left text and bidirectional controls: RLM, LRM, RLE, PDF, RLO, RLI, PDI, ALM. */
const BIDI = ['\u200f', '\u200e', '\u202b', '\u202c', '\u202e', '\u2067', '\u2069', '\u061c'];
const RTL_WORDS = ['صاروخ', 'كوريا الشمالية', 'أطلقت', 'كم', 'كيلومتر', 'בליסטי', 'טיל', 'צפון קוריאה', 'שיגרה', 'ק"מ', '«', '»', '،', '؛'];

/** A claim sentence with a near-miss numeral in place of one of its figures. */
export const nearMissNumerals = () =>
  fc.tuple(fc.boolean(), fc.constantFrom(...CLAIMS), fc.constantFrom(...NEAR_MISSES)).map(([lead, c, n]) => (lead ? LEAD : '') + c.replace(/\d[\d,.:]*/, n));

/** A claim sentence with some or all of its ASCII digits written in another script's digits. */
export const unicodeDigits = () =>
  fc.tuple(fc.boolean(), fc.constantFrom(...CLAIMS), fc.constantFrom(...DIGIT_ZEROS), fc.double({ min: 0, max: 1, noNaN: true })).map(([lead, c, zero, p]) => {
    let i = 0;
    const out = c.replace(/\d/g, (d) => (((i++ * 0.618) % 1) < p ? String.fromCodePoint(zero + Number(d)) : d));
    return (lead ? LEAD : '') + out;
  });

/** A claim sentence whose spaces are Unicode spaces (some or all). */
export const unicodeSpaces = () =>
  fc.tuple(fc.boolean(), fc.constantFrom(...CLAIMS), fc.array(fc.constantFrom(...SPACES), { minLength: 1, maxLength: 4 })).map(([lead, c, spaces]) => {
    let i = 0;
    return (lead ? LEAD : '') + c.replace(/ /g, () => spaces[i++ % spaces.length]!);
  });

/** Arabic and Hebrew around and inside claim sentences, with bidirectional marks and overrides. */
export const rtlText = () =>
  fc
    .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...RTL_WORDS), fc.constantFrom(...BIDI), fc.constantFrom(...CLAIMS), fc.constantFrom(...TOKENS)), { maxLength: 60 }))
    .map(([lead, parts]) => (lead ? LEAD : '') + parts.join(' '));

/** Pieces that stick together without spaces into one long "word". */
const GLUE = ['1,1', '00', ',', '.', 'km', 'Mach', '(', ')', '"', '“', '-', '١', '１', '\u00a0', '\u200f', 'صاروخ', 'January', '6', 'a', 'KCNA'];

/** A line of `length` characters with no space or line break at all (after a relevant lead, or not). */
export const longNoSpace = (length: number) =>
  fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...GLUE), { minLength: 1, maxLength: 3 })).map(([lead, pieces]) => {
    const unit = pieces.join('');
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    return lead ? LEAD + body : body;
  });

/** Every generator of bounded size, by name, for the fuzzer and the property tests. */
export const GENERATORS = {
  articleLike: articleLike(300),
  hostileText: hostileText(300),
  nearMissNumerals: nearMissNumerals(),
  unicodeDigits: unicodeDigits(),
  unicodeSpaces: unicodeSpaces(),
  rtlText: rtlText(),
};

/** Generators of megabyte-long lines (`length` characters), run a few times each. */
export const LONG_GENERATORS = (length: number) => ({ longRun: longRun(length), longNoSpace: longNoSpace(length) });
