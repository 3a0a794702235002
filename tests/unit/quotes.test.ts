/**
 * Quotations: compared only with the same quotation, then agreeing only when
 * the words are the outlet's, in order. A changed word is a misquote, and
 * quoteDifference lists it for the card.
 */
import { describe, expect, it } from 'vitest';
import { compareQuote, quoteDifference, quoteWords, stanceOf } from '../../lib/engine/compare';
import { check } from '../../lib/engine/check';
import type { ReferenceClaim } from '../../lib/engine/types';
import { article, reference } from './helpers';

const BLINKEN = { speaker: 'Antony Blinken' };
const ref = (value: string, detail: Record<string, string> = BLINKEN): ReferenceClaim => ({ outlet: 'a', kind: 'quote', text: value, start: 0, end: 1, value, qualifier: null, attribution: null, quote: value, detail });
const quote = (value: string, detail: Record<string, string> = BLINKEN) => ({ kind: 'quote' as const, value, qualifier: null, attribution: null, detail });
const TWO_WAY = ref('This is a dangerous two-way street,');

describe('a misquote differs', () => {
  it('"one-way" for "two-way" is the same quotation, misquoted', () => {
    expect(compareQuote(quote('This is a dangerous one-way street'), TWO_WAY)).toBe('differ');
    expect(quoteDifference('This is a dangerous one-way street', 'This is a dangerous two-way street,')).toEqual({ page: ['one'], outlet: ['two'] });
  });

  it('a word left out or added in the middle differs', () => {
    expect(compareQuote(quote('This is a dangerous street indeed for all'), TWO_WAY)).toBe('differ');
    expect(compareQuote(quote('This is a very dangerous two-way street'), TWO_WAY)).toBe('differ');
    expect(quoteDifference('This is a very dangerous two-way street', 'This is a dangerous two-way street,')).toEqual({ page: ['very'], outlet: [] });
  });

  it('a word swapped at the end is a difference, a word trimmed there is not', () => {
    expect(compareQuote(quote('This is a dangerous two-way road'), TWO_WAY)).toBe('differ');
    expect(quoteDifference('This is a dangerous two-way road', 'This is a dangerous two-way street')).toEqual({ page: ['road'], outlet: ['street'] });
    expect(quoteDifference('is a dangerous two-way', 'This is a dangerous two-way street')).toEqual({ page: [], outlet: [] });
  });
});

describe('the same words agree', () => {
  it.each([
    'This is a dangerous two-way street',
    'this is a dangerous, two-way street.',
    '\u201cThis is a dangerous two-way street,\u201d',
    'THIS IS A DANGEROUS TWO WAY STREET',
    // Trimmed at either end.
    'is a dangerous two-way street',
    'This is a dangerous two-way',
  ])('%j', (q) => {
    expect(compareQuote(quote(q), TWO_WAY)).toBe('agree');
  });

  it('a page quoting more than the outlet did agrees on the words they share', () => {
    expect(compareQuote(quote('This is a dangerous two-way street, and we will not accept it'), TWO_WAY)).toBe('agree');
  });

  it('an ellipsis is an elision, not a misquote', () => {
    const r = ref('We had serious concerns about some of the actions that President Yoon took, and we communicated those directly to the government,');
    const q = 'We had serious concerns about some of the actions ... and we communicated those directly to the government';
    expect(compareQuote(quote(q), r)).toBe('agree');
    expect(quoteDifference(q, String(r.value))).toEqual({ page: [], outlet: [] });
  });

  it('curly apostrophes are straight ones', () => {
    expect(quoteWords('Korea\u2019s democracy').keys).toEqual(["korea's", 'democracy']);
    const r = ref("At the same time, we have tremendous confidence in the resilience of South Korea's democracy");
    expect(compareQuote(quote('we have tremendous confidence in the resilience of South Korea\u2019s democracy'), r)).toBe('agree');
  });
});

describe('other quotations are not compared', () => {
  it('quotes that share a few common words are not the same quotation', () => {
    expect(compareQuote(quote('This is a dangerous moment for the whole region'), TWO_WAY)).toBeNull();
    expect(compareQuote(quote('We will stand with our allies against the threat'), ref('The United States will stand firm with our allies in the face of threats'))).toBeNull();
  });

  it('speakers still decide: a faithful quote in another mouth differs', () => {
    expect(compareQuote(quote('This is a dangerous two-way street', { speaker: 'Shigeru Ishiba' }), TWO_WAY)).toBe('differ');
    expect(stanceOf(quote('This is a dangerous two-way street', {}), TWO_WAY)).toBe('agree');
  });
});

describe('against the reference set', () => {
  it('Blinken\'s "one-way street" is a misquote of what IRIA reported', () => {
    const text = article('"This is a dangerous one-way street," Blinken said of ties between Russia and the North.');
    const q = check(text, reference()).claims.find((c) => c.kind === 'quote');
    // Only IRIA carries the quotation, and one outlet is not enough to call a page wrong:
    // the claim is unverified, and the note shows the words that differ.
    expect(q?.verdict).toBe('unverified');
    expect(q?.outlets.map((o) => [o.outlet, o.stance])).toEqual([['iria', 'differ']]);
    expect(q?.notes.join(' ')).toContain('Misquoted? iria has "two" where this has "one".');
  });

  it('the same words are supported', () => {
    const text = article('"This is a dangerous two-way street," Blinken said of ties between Russia and the North.');
    expect(check(text, reference()).claims.find((c) => c.kind === 'quote')?.verdict).toBe('supported');
  });
});
