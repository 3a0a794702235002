/**
 * Invariants of the engine's output shared by the property tests and
 * `npm run fuzz`: what must hold of a claim on any input at all.
 */

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/;
/** Spaces a page groups digits with. */
const SPACE = /[ \u00a0\u2009\u202f]/;
const JOIN = /[,.'_\u2019\u066b\u066c\u00a0\u2009\u202f\u200b-\u200d\u2060\ufeff]/;

/** Whether a figure's numeral was cut out of a longer one in the input (a digit or a joined digit right beside it). */
export function cutFromNumeral(text: string, start: number, end: number): boolean {
  const claim = text.slice(start, end);
  const first = claim.search(/\d/);
  if (first < 0) return false;
  const a = start + first;
  let b = a;
  // A numeral the claim reads whole may be grouped with spaces ("1 500", "1\u202f500").
  while (b < end && (/[\d,.]/.test(text[b]!) || (SPACE.test(text[b]!) && b + 1 < end && /\d/.test(text[b + 1]!)))) b++;
  while (b > a && /[,.]/.test(text[b - 1]!)) b--;
  const before = text[a - 1] ?? '';
  const after = text[b] ?? '';
  return DIGIT.test(before) || (JOIN.test(before) && DIGIT.test(text[a - 2] ?? '')) || DIGIT.test(after) || (JOIN.test(after) && DIGIT.test(text[b + 1] ?? ''));
}
