/**
 * The candidate scanner (lib/engine/candidates.ts) must find exactly the
 * matches a global scan finds, for every pattern that uses it: on article
 * prose, on token soups built to start figures mid-word ("moreover 1,000
 * km"), and on hostile text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateMatches, candidatesOf, DIGIT_RUN, HEDGE } from '../../lib/engine/candidates';
import { CANDIDATE_PATTERNS } from '../../lib/engine/kinds/index';
import { matches, type Scope } from '../../lib/engine/scope';
import { articleLike, hostileText } from '../support/arbitraries';

const PATTERNS = CANDIDATE_PATTERNS;

it('covers the figure patterns', () => expect(PATTERNS.length).toBe(4));

const scopeOf = (sentence: string, start = 0): Scope => ({
  text: ' '.repeat(start) + sentence,
  folded: ' '.repeat(start) + sentence,
  start,
  end: start + sentence.length,
  sentence,
  mentions: [],
  launchWord: true,
});

/** Every match as [offset, words, groups], the way each scan gives it. */
const global = (re: RegExp, s: string) => [...matches(re, scopeOf(s, 3))].map((m) => [m.at, [...m]]);
const viaCandidates = (re: RegExp, kinds: number, s: string, couldStart?: (s: string, at: number) => boolean) => [...candidateMatches(re, kinds, scopeOf(s, 3), couldStart)].map((m) => [m.at, [...m]]);

const WRITTEN = [
  'The missile flew about 1,100 kilometres (685 miles) at Mach 12, some 12 times the speed of sound.',
  'Moreover 1,000 km, whereabout 5 km, and eleven hundred miles; exceeding the speed of sound by twelve times.',
  'At 112:30 GMT and 0300 GMT, shortly after noon on Monday (ET), just before midnight, mid-January.',
  'More than 10,000 troops, of whom over 1,000 have been killed; early November, Nov. 5, 2024-11-05, 6 January 2025.',
  'On the 5th of November, 31st January, 6. January, 06 Jan 2025, 123 January, 2025-01-06 and 20250106.',
  'It beat the speed of sound by 5 times at 6,200 km/h or 3,850 mph, a hundred km, a thousand miles, x12 January.',
];

const SOUP = ['moreover', 'whereabout', 'aboutface', 'Mach', 'sMach', 'exceeding', 'surpassing', 'outpaced', '112:30', '1,100', '1 100', 'km', 'km/h', 'mph', 'miles', 'times the speed of sound', 'twelve', 'a hundred', 'an', 'thousand', 'midday', 'mid-', 'January', 'Jan.', '6', '2025', 'p.m.', 'GMT', 'just', 'shortly after', 'troops', 'killed', 'of them', '(', ')', ',', '-', '.', '5th', '6.', '31st of', '2024-11-05', '2025-1-6', '12', '012', '.5'];

describe('candidate scanner', () => {
  it('finds what a global scan finds, on written sentences', () => {
    for (const s of WRITTEN) for (const [re, kinds, couldStart] of PATTERNS) expect(viaCandidates(re, kinds, s, couldStart)).toEqual(global(re, s));
  });

  it('finds at least one match per pattern in the written sentences (the test can fail)', () => {
    for (const [re, kinds, couldStart] of PATTERNS) expect(WRITTEN.some((s) => viaCandidates(re, kinds, s, couldStart).length > 0)).toBe(true);
  });

  it('marks hedges inside words, and only the first digit of a run', () => {
    const c = candidatesOf(scopeOf('moreover 112'));
    expect(c.at).toContain(4);
    expect(c.kind[c.at.indexOf(4)]! & HEDGE).toBe(HEDGE);
    expect(c.kind[c.at.indexOf(9)]! & DIGIT_RUN).toBe(DIGIT_RUN);
    expect(c.at).not.toContain(10);
  });

  it('finds what a global scan finds, on token soups and hostile text', () => {
    const soup = fc.array(fc.constantFrom(...SOUP), { maxLength: 60 }).chain((t) => fc.constantFrom(t.join(' '), t.join('')));
    fc.assert(
      fc.property(fc.oneof(soup, articleLike(80), hostileText(80)), (s) => {
        for (const [re, kinds, couldStart] of PATTERNS) expect(viaCandidates(re, kinds, s, couldStart)).toEqual(global(re, s));
      }),
      { numRuns: 300 },
    );
  });
});
