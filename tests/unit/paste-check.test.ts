/**
 * The paste box's check: an excerpt that does not name North Korea is taken
 * to be about this launch unless the reader says otherwise; a text about
 * another launch, or relevant on its own, is checked as it is.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { checkPasted } from '../../lib/paste-check';
import { reference } from './helpers';

const EXCERPT = 'The missile flew 300 km before falling into the sea.';

describe('checkPasted', () => {
  it('takes a one-sentence excerpt to be about this launch, with offsets into the excerpt', () => {
    expect(check(EXCERPT, reference()).relevant).toBe(false);
    const r = checkPasted(EXCERPT, reference());
    expect(r.relevant).toBe(true);
    expect(r.assumed).toBe(true);
    const d = r.claims.find((c) => c.kind === 'distance');
    expect(d?.verdict).toBe('contradicted');
    expect(EXCERPT.slice(d!.start, d!.end)).toBe(d!.text);
    // Nothing from the assumed headline (its date) is listed as the excerpt's claim.
    expect(r.claims.every((c) => c.start >= 0 && EXCERPT.slice(c.start, c.end) === c.text)).toBe(true);
    expect(r.claims.some((c) => c.kind === 'date')).toBe(false);
  });

  it('checks the excerpt as it is when told it is not about this launch', () => {
    const r = checkPasted(EXCERPT, reference(), { assumeThisLaunch: false });
    expect(r.relevant).toBe(false);
    expect(r.assumed).toBe(false);
  });

  it('leaves a text that is relevant on its own as the engine reads it', () => {
    const text = 'North Korea fired a hypersonic missile on January 6, 2025 that flew 300 km.';
    const r = checkPasted(text, reference());
    expect(r.assumed).toBe(false);
    expect(r.claims.map((c) => [c.kind, c.start])).toEqual(check(text, reference()).claims.map((c) => [c.kind, c.start]));
  });

  it('does not pull a story about another launch into this one', () => {
    const text = 'North Korea fired a ballistic missile on January 14, 2025, its second launch of the year; it flew about 250 km.';
    const r = checkPasted(text, reference());
    expect(r.assumed).toBe(false);
    expect(r.about).not.toBe('2025-01-06');
  });
});
