/**
 * fast-check generators of hostile, article-like text for the engine: real
 * claim phrasings cut and shuffled with near-miss numerals, Unicode digits and
 * spaces, right-to-left text, stray quotes and runs that tempt regular
 * expressions to backtrack. Shared by the property tests and `npm run fuzz`.
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
