/**
 * Numerals as coverage writes them: spaced groups, scale words, number words,
 * spoken decimals, fractions, and speeds in km/h and mph (a speed, never a
 * distance). Each form is read whole or not at all.
 */
import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, parseNumber } from '../../lib/engine/numbers';
import { extract } from '../../lib/engine/extract';
import { cutFromNumeral } from '../support/invariants';
import { article, claimsAfterLead } from './helpers';

describe('parseNumber', () => {
  it.each<[string, number, number]>([
    ['1 500', 1500, 50],
    ['1\u202f500', 1500, 50],
    ['15-hundred', 1500, 50],
    ['15 hundred', 1500, 50],
    ['1.1 thousand', 1100, 50],
    ['one thousand one hundred', 1100, 50],
    ['one thousand, one hundred and fifty', 1150, 0.5],
    ['eleven hundred', 1100, 50],
    ['a thousand', 1000, 500],
    ['twenty-one', 21, 0.5],
    ['twelve', 12, 0.5],
    ['101-point-one', 101.1, 0.05],
    ['101 point 1', 101.1, 0.05],
    ['10 1/2', 10.5, 0.25],
    ['10½', 10.5, 0.125],
  ])('%j is %d, good to ±%d', (raw, value, rounding) => {
    const n = parseNumber(raw);
    expect(n?.value).toBeCloseTo(value, 6);
    expect(n?.rounding).toBeCloseTo(rounding, 6);
  });

  it.each(['1 50', 'point five', '10 3/2', 'hundred', 'and'])('%j is no number', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });

  it('NUMBER_SOURCE matches each form whole', () => {
    const re = new RegExp(`^${NUMBER_SOURCE}$`, 'i');
    for (const s of ['1 500', '15-hundred', 'one thousand one hundred', 'eleven hundred', '101-point-one', '10 1/2', '1.1 thousand', 'Twelve']) {
      expect(re.test(s), s).toBe(true);
    }
  });
});

describe('distances written out', () => {
  it.each<[string, number]>([
    ['The missile flew 1 500 km.', 1500],
    ['The missile flew 1\u202f500 km.', 1500],
    ['The missile flew 1\u00a0100 kilometres.', 1100],
    ['The missile flew 15-hundred kilometres.', 1500],
    ['The missile flew one thousand one hundred kilometres.', 1100],
    ['The missile flew eleven hundred kilometres.', 1100],
    ['The missile flew 1.1 thousand km.', 1100],
    ['The missile flew 101-point-one kilometres.', 101],
    ['The missile flew 10 1/2 miles.', 16.9],
  ])('%s', (sentence, value) => {
    expect(claimsAfterLead('distance', sentence).map((c) => c.value)).toEqual([value]);
  });

  it('the claim quotes the whole numeral', () => {
    expect(claimsAfterLead('distance', 'The missile flew 1\u202f500 km.').map((c) => c.text)).toEqual(['1\u202f500 km']);
    expect(claimsAfterLead('distance', 'The missile flew 10 1/2 miles.').map((c) => c.text)).toEqual(['10 1/2 miles']);
  });

  it.each(['1 500 2500', '1 1000', '1_100', '1*100', '1/2'])('no figure from inside %j', (n) => {
    expect(claimsAfterLead('distance', `The missile flew ${n} km.`)).toEqual([]);
  });

  it('a figure after a year is its own ("In 2024 500 troops")', () => {
    expect(claimsAfterLead('troops', 'In 2024 500 troops were sent.').map((c) => c.value)).toEqual([500]);
  });

  it('"one thousand one hundred" is 1,100 and agrees with the reference', () => {
    const text = article('The missile flew one thousand one hundred kilometres, the military said.');
    const c = extract(text).claims.find((x) => x.kind === 'distance');
    expect(c?.value).toBe(1100);
    expect(cutFromNumeral(text, c!.start, c!.end)).toBe(false);
  });
});

describe('speeds written out', () => {
  it.each<[string, number, string]>([
    ['The missile flew at twelve times faster than sound.', 12, 'times-sound'],
    ['The missile exceeded the speed of sound by 12 times.', 12, 'times-sound'],
    ['The missile flew 12 times faster than the speed of sound.', 12, 'times-sound'],
    ['The missile flew at 14,700 km/h.', 12, 'km/h'],
    ['The missile flew at 14,700 kilometres per hour.', 12, 'km/h'],
    ['The missile flew at 14,700 km per hour.', 12, 'km/h'],
    // 9,100 mph × 1.609 = 14,645 km/h, / 1,225 = Mach 12.
    ['The missile flew at 9,100 mph.', 12, 'mph'],
    ['The missile flew at 9,100 miles per hour.', 12, 'mph'],
    ['The missile flew at 6,200 km/h.', 5.1, 'km/h'],
  ])('%s', (sentence, value, unit) => {
    const text = article(sentence);
    const speeds = extract(text).claims.filter((c) => c.kind === 'speed' && c.start > text.indexOf('\n\n'));
    expect(speeds.map((c) => c.value)).toEqual([value]);
    expect(speeds[0]!.detail?.unit).toBe(unit);
  });

  it.each(['The missile flew at 6,200 km/h.', 'The missile flew at 6,200 kilometres per hour.', 'The missile flew at 3,800 miles per hour.', 'The missile flew at 3,800 miles an hour.', 'The missile flew at 6,200 km / h.'])(
    '%s is a speed, never a distance',
    (sentence) => {
      expect(claimsAfterLead('distance', sentence)).toEqual([]);
    },
  );

  it('a speed in mph is the missile\'s only in a sentence about the launch', () => {
    expect(claimsAfterLead('speed', 'Winds reached 40 mph on the coast.')).toEqual([]);
  });
});
