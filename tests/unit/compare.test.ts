/** Comparison rules, one at a time, on small hand-made reference sets. */
import { describe, expect, it } from 'vitest';
import { compare, stanceOf } from '../../lib/engine/compare';
import { interval } from '../../lib/engine/numbers';
import type { Attribution, ClaimKind, ReferenceClaim } from '../../lib/engine/types';
import { check } from '../../lib/engine/check';
import { article, reference } from './helpers';

const KCNA: Attribution = { id: 'kcna', name: 'KCNA', camp: 'north-korea' };
const JCS: Attribution = { id: 'south-korea-jcs', name: "South Korea's Joint Chiefs of Staff", camp: 'observers' };

function ref(outlet: string, kind: ClaimKind, value: number | string, extra: Partial<ReferenceClaim> = {}): ReferenceClaim {
  return { outlet, kind, text: String(value), start: 0, end: 1, value, qualifier: null, attribution: null, quote: `${outlet} quote`, ...extra };
}
const claim = (kind: ClaimKind, value: number | string, extra: Partial<ReferenceClaim> = {}) => ({ kind, value, qualifier: null, attribution: null, ...extra });

describe('figures', () => {
  it('agree within the rounding the writer used', () => {
    expect(stanceOf(claim('distance', 1102, { detail: { tolerance: 0.8 } }), ref('a', 'distance', 1100, { detail: { tolerance: 50 } }))).toBe('agree');
    expect(stanceOf(claim('distance', 1094, { detail: { tolerance: 8 } }), ref('a', 'distance', 1100, { detail: { tolerance: 50 } }))).toBe('agree');
  });

  it('differ beyond it', () => {
    expect(stanceOf(claim('distance', 500, { detail: { tolerance: 50 } }), ref('a', 'distance', 1100, { detail: { tolerance: 50 } }))).toBe('differ');
    expect(stanceOf(claim('distance', 1000, { detail: { tolerance: 500 } }), ref('a', 'distance', 1100, { detail: { tolerance: 50 } }))).toBe('differ');
  });

  it('"more than 1,000" is not contradicted by 1,100, and "up to 900" is', () => {
    const r = ref('a', 'distance', 1100, { detail: { tolerance: 50 } });
    expect(stanceOf(claim('distance', 1000, { qualifier: 'more than', detail: { tolerance: 500 } }), r)).toBe('agree');
    expect(stanceOf(claim('distance', 900, { qualifier: 'up to', detail: { tolerance: 50 } }), r)).toBe('differ');
  });

  it('"nearly 100" covers a little under 100, not 120', () => {
    expect(interval(100, 50, 'nearly')[0]).toBeLessThan(95);
    expect(stanceOf(claim('altitude', 100, { qualifier: 'nearly', detail: { tolerance: 50 } }), ref('a', 'altitude', 120, { detail: { tolerance: 5 } }))).toBe('differ');
  });

  it('never compares different measures', () => {
    expect(stanceOf(claim('troops', 1000), ref('a', 'casualties', 1000))).toBeNull();
  });
});

describe('attribution', () => {
  it("compares North Korea's figures only with what outlets report North Korea claimed", () => {
    const refs = [ref('a', 'distance', 1500, { attribution: KCNA, detail: { tolerance: 50 } }), ref('b', 'distance', 1100, { attribution: JCS, detail: { tolerance: 50 } })];
    const nk = compare(claim('distance', 1500, { attribution: KCNA, detail: { tolerance: 50 } }), refs);
    expect(nk.verdict).toBe('supported');
    expect(nk.outlets.map((o) => o.outlet)).toEqual(['a']);
    expect(nk.notes.join(' ')).toMatch(/North Korea's own claim/);
    const sk = compare(claim('distance', 1100, { attribution: JCS, detail: { tolerance: 50 } }), refs);
    expect(sk.outlets.map((o) => o.outlet)).toEqual(['b']);
  });

  it("takes an unattributed figure that only North Korea gave for North Korea's, and says so", () => {
    const refs = [ref('a', 'distance', 1500, { attribution: KCNA, detail: { tolerance: 50 } }), ref('b', 'distance', 1100, { detail: { tolerance: 50 } }), ref('c', 'distance', 1100, { detail: { tolerance: 50 } })];
    const r = compare(claim('distance', 1500, { detail: { tolerance: 50 } }), refs);
    expect(r.verdict).toBe('supported');
    expect(r.outlets.map((o) => o.outlet)).toEqual(['a']);
    expect(r.notes.join(' ')).toMatch(/No source is named for this figure; it is what North Korea claimed/);
    // A figure nobody gave stays contradicted by the observers' majority.
    expect(compare(claim('distance', 700, { detail: { tolerance: 50 } }), refs).verdict).toBe('contradicted');
  });

  it('never calls a figure wrong when its camp was only carried from the paragraph', () => {
    const refs = [ref('a', 'distance', 1500, { attribution: KCNA, detail: { tolerance: 50 } }), ref('b', 'distance', 1100, { detail: { tolerance: 50 } }), ref('c', 'distance', 1100, { detail: { tolerance: 50 } })];
    const carried = { ...KCNA, carried: true };
    expect(compare(claim('distance', 1100, { attribution: carried, detail: { tolerance: 50 } }), refs).verdict).toBe('supported');
    const odd = compare(claim('distance', 800, { attribution: carried, detail: { tolerance: 50 } }), refs);
    expect(odd.verdict).toBe('unverified');
    expect(odd.notes.join(' ')).toMatch(/not clear whose figure/);
  });
});

describe('dates, names, places, types', () => {
  it('a month agrees with a day in it', () => {
    expect(stanceOf(claim('previous-launch', '2024-11'), ref('a', 'previous-launch', '2024-11-05'))).toBe('agree');
    expect(stanceOf(claim('previous-launch', '2024-10-31'), ref('a', 'previous-launch', '2024-11-05'))).toBe('differ');
  });

  it('range classes exclude each other; ballistic is another facet', () => {
    expect(stanceOf(claim('missile-type', 'short-range'), ref('a', 'missile-type', 'intermediate-range'))).toBe('differ');
    expect(stanceOf(claim('missile-type', 'hypersonic'), ref('a', 'missile-type', 'intermediate-range'))).toBeNull();
  });

  it('in or out of the EEZ is not a sea name', () => {
    expect(stanceOf(claim('impact-area', "outside Japan's EEZ"), ref('a', 'impact-area', 'Sea of Japan (East Sea)'))).toBeNull();
    expect(stanceOf(claim('impact-area', 'Yellow Sea (West Sea)'), ref('a', 'impact-area', 'Sea of Japan (East Sea)'))).toBe('differ');
  });

  it('an office held by someone else differs', () => {
    const r = ref('a', 'official', 'Shigeru Ishiba', { detail: { office: 'japan/prime-minister' } });
    expect(stanceOf(claim('official', 'Fumio Kishida', { detail: { office: 'japan/prime-minister' } }), r)).toBe('differ');
    expect(stanceOf(claim('official', 'Ishiba', { detail: { office: 'japan/prime-minister' } }), r)).toBe('agree');
  });

  it('a quote put in another mouth differs', () => {
    const r = ref('a', 'quote', 'This is a dangerous two-way street', { detail: { speaker: 'Antony Blinken' } });
    expect(stanceOf(claim('quote', 'This is a dangerous two-way street', { detail: { speaker: 'Shigeru Ishiba' } }), r)).toBe('differ');
    expect(stanceOf(claim('quote', 'this is a dangerous, two-way street', { detail: { speaker: 'Antony Blinken' } }), r)).toBe('agree');
  });
});

describe('verdicts', () => {
  const refs = [ref('a', 'distance', 1100, { detail: { tolerance: 50 } }), ref('b', 'distance', 1100, { detail: { tolerance: 50 } }), ref('c', 'distance', 500, { detail: { tolerance: 50 } })];
  const c = claim('distance', 1100, { detail: { tolerance: 50 } });
  it('supported by a clear majority, contradicted by one, disputed without, unverified when none states it', () => {
    expect(compare(c, refs.slice(0, 2)).verdict).toBe('supported');
    const two = compare(c, refs);
    expect(two.verdict).toBe('supported');
    expect(two.counts).toEqual({ agree: 2, differ: 1 });
    expect(two.outlets.find((o) => o.stance === 'differ')!.outlet).toBe('c');
    expect(compare(claim('distance', 500, { detail: { tolerance: 50 } }), refs).verdict).toBe('contradicted');
    expect(compare(claim('distance', 300, { detail: { tolerance: 50 } }), refs).verdict).toBe('contradicted');
    expect(compare(claim('distance', 500, { detail: { tolerance: 50 } }), refs.slice(1)).verdict).toBe('disputed');
    expect(compare(claim('altitude', 100), refs).verdict).toBe('unverified');
  });

  it('one outlet alone against a claim leaves it unverified, with a note naming that outlet', () => {
    const r = compare(claim('distance', 300, { detail: { tolerance: 50 } }), refs.slice(0, 1));
    expect(r.verdict).toBe('unverified');
    expect(r.counts).toEqual({ agree: 0, differ: 1 });
    expect(r.notes.join(' ')).toMatch(/Only one outlet states this \(a: 1,100 km\)/);
  });

  it('leaves out the outlet whose text is being checked', () => {
    expect(compare(c, refs, new Set(['c'])).verdict).toBe('supported');
  });
});

describe('internal consistency', () => {
  const notesOf = (text: string, kind: string) => check(text, reference()).claims.filter((c) => c.kind === kind).flatMap((c) => c.notes);

  it('a weekday that does not fit the date', () => {
    expect(notesOf(article('North Korea fired the missile on Wednesday, January 6, 2025.'), 'weekday').join(' ')).toMatch(/was a Monday/);
  });

  it('a conversion in brackets that does not match', () => {
    expect(notesOf(article('The missile flew 1,100 km (930 miles).'), 'distance').join(' ')).toMatch(/does not match/);
    expect(notesOf(article('The missile flew 1,100 km (684 miles).'), 'distance')).toEqual([]);
  });

  it('a local time and a GMT time that disagree', () => {
    expect(notesOf(article('The missile was launched at noon local time (05:00 GMT).'), 'time').join(' ')).toMatch(/do not agree/);
  });

  it('a date right only in American time zones', () => {
    expect(notesOf(article('North Korea launched the missile on January 5, 2025, Eastern Time.'), 'date').join(' ')).toMatch(/Americas/);
  });
});

describe('checking in slices', () => {
  it('pauses on long texts and ends with the same result as check()', async () => {
    const { checkSteps } = await import('../../lib/engine/check');
    const text = article(...Array.from({ length: 600 }, (_, i) => `Officials met for round ${i} of talks. The missile flew about 1,100 km.`));
    const steps = checkSteps(text, reference());
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThan(3);
    expect(r.value).toEqual(check(text, reference()));
  });
});
