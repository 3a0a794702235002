/**
 * The golden fixtures (tests/fixtures/, articles written by hand beside the
 * claims and verdicts a careful fact-checker expects) as regression tests.
 *
 * Two sets. The tuning fixtures (tests/fixtures/*) are what the engine is
 * developed against: each one's relevance must be right, none may report a
 * claim it must not (another launch's figure, a report's weekday), and the
 * trust figures have floors. The held-out fixtures (tests/fixtures/held-out/)
 * were written from reading real coverage before the engine was changed for
 * them and are never tuned on: only floors guard them, set at what was
 * measured (README gives the figures before and after), so a change that
 * makes them worse fails without anyone having read their misses.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, sameValue, trust, type FixtureResult } from '../../scripts/eval';

const summary = evaluate();
const tuning = summary.fixtures.filter((r) => !r.fixture.heldOut);
const heldOut = summary.fixtures.filter((r) => r.fixture.heldOut);
const byName = new Map(summary.fixtures.map((r) => [r.fixture.name, r]));
const fixture = (name: string): FixtureResult => {
  const r = byName.get(name);
  if (!r) throw new Error(`no fixture ${name}`);
  return r;
};

/**
 * Floors, a little under what `npm run eval` measured on 1 December 2026, at
 * the end of the engine v2 work (tuning, 82 fixtures: key-figure recall
 * 91.1 %, precision 98.1 %, no false contradicted or disputed, no other launch
 * taken; held-out, 34 fixtures: 92.0 %, 95.4 %, 6 false contradicted, 1 false
 * disputed, none taken, against the trust issue's targets of 92 %, 98 %, none
 * and none).
 */
const TUNING = { keyRecall: 0.9, precision: 0.975, falseContradicted: 0, falseDisputed: 0, taken: 0 };
const HELD_OUT = { keyRecall: 0.915, precision: 0.95, falseContradicted: 6, falseDisputed: 1, taken: 0 };

/** The trust floors over a set of fixtures, and no story about another launch compared as this one. */
function floors(results: FixtureResult[], f: typeof TUNING): void {
  it(`key-figure recall >= ${f.keyRecall}, precision >= ${f.precision}, at most ${f.falseContradicted} false contradicted and ${f.falseDisputed} false disputed`, () => {
    const t = trust(results);
    expect(t.keyRecall).toBeGreaterThanOrEqual(f.keyRecall);
    expect(t.precision).toBeGreaterThanOrEqual(f.precision);
    expect(t.falseContradicted).toBeLessThanOrEqual(f.falseContradicted);
    expect(t.falseDisputed).toBeLessThanOrEqual(f.falseDisputed);
  });

  it(`at most ${f.taken} stories about another launch compared as this one`, () => {
    expect(trust(results).taken.length).toBeLessThanOrEqual(f.taken);
  });
}

describe('golden fixtures: every fixture', () => {
  it('has at least 40 new fixtures beside the first 14, a third of them held out', () => {
    expect(summary.fixtures.length).toBeGreaterThanOrEqual(54);
    expect(heldOut.length * 3).toBeGreaterThanOrEqual(summary.fixtures.length - 14 - 10); // set C, held out then retired, counts as held out when written
  });

  it('states every expected claim in words that stand in its text', () => {
    expect(summary.fixtures.flatMap((r) => r.unlocated.map((c) => `${r.fixture.file}: ${c.text}`))).toEqual([]);
  });
});

describe('golden fixtures: tuning set', () => {
  for (const r of tuning) {
    it(`${r.fixture.file} is ${r.fixture.expected.relevant ? '' : 'not '}compared as about the 6 January 2025 launch`, () => {
      expect(r.relevant).toBe(r.fixture.expected.relevant);
    });
    if (r.fixture.expected.mustNot?.length) {
      it(`${r.fixture.file} never reports the claims it must not (other launches, report dates, definitions)`, () => {
        expect(r.forbidden.map((c) => `${c.kind} ${c.text}`)).toEqual([]);
      });
    }
  }

  floors(tuning, TUNING);

  it('every expected internal-consistency note is there', () => {
    const missing = tuning.flatMap((r) => r.matches.filter((m) => m.expected.noted && m.found.notes.length === 0).map((m) => `${r.fixture.file}: ${m.found.text}`));
    expect(missing).toEqual([]);
  });
});

describe('golden fixtures: held-out set (never tuned on)', () => {
  floors(heldOut, HELD_OUT);
});

describe('golden fixtures: must-haves', () => {
  it('the unrelated scramjet story with the same numbers yields no claims', () => {
    expect(fixture('unrelated-scramjet').found).toEqual([]);
  });

  it("the news page's aside (an ICBM's 7,000 km, 400 km on November 5, Mach 10) never counts", () => {
    const found = fixture('news-page').found;
    expect(found.filter((c) => c.kind === 'altitude' || c.kind === 'speed' || c.kind === 'previous-launch')).toEqual([]);
    expect(found.filter((c) => c.kind === 'distance').map((c) => c.value)).toEqual([1100]);
  });

  it("the ICBM page never compares the 31 October launch's altitude, range or class", () => {
    const found = fixture('other-launch-icbm').found;
    expect(found.filter((c) => c.kind === 'altitude')).toEqual([]);
    expect(found.filter((c) => c.kind === 'distance').map((c) => c.value)).toEqual([1100]);
    expect(found.filter((c) => c.kind === 'missile-type').map((c) => c.value)).not.toContain('intercontinental');
  });

  it('a story about 14 January 2025 says so, and names this launch as one it recalls', () => {
    const r = fixture('rd-jan14-wire-recall');
    expect(r.about).toBe('2025-01-14');
    expect(r.found.filter((c) => c.kind === 'distance').map((c) => c.value)).not.toContain(250);
  });

  it('every deliberate error in the draft is caught: contradicted, or noted as inconsistent', () => {
    const r = fixture('errors-draft');
    expect(r.misses).toEqual([]);
    const verdictOf = (kind: string, value: string | number) => r.found.filter((c) => c.kind === kind && sameValue(c.value, value)).map((c) => c.verdict);
    expect(verdictOf('missile-type', 'short-range').every((v) => v === 'contradicted')).toBe(true);
    expect(verdictOf('distance', 800)).toEqual(['contradicted']);
    expect(verdictOf('weekday', 'Tuesday')).toEqual(['contradicted']);
    expect(verdictOf('impact-area', 'Yellow Sea (West Sea)')).toEqual(['contradicted']);
    expect(verdictOf('impact-area', "inside Japan's EEZ")).toEqual(['contradicted']);
    expect(verdictOf('official', 'Choi Sang-mok')).toEqual(['contradicted']);
    expect(verdictOf('previous-launch', '2024-10-31')).toEqual(['contradicted']);
    for (const m of r.matches.filter((x) => x.expected.noted)) expect(m.found.notes, m.found.text).not.toEqual([]);
  });

  it("KCNA's figures, attributed to North Korea, are supported by what outlets report North Korea said", () => {
    const r = fixture('kcna-report');
    const kcna = r.found.filter((c) => (c.kind === 'distance' && c.value === 1500) || c.kind === 'speed');
    expect(kcna.map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });

  it('"North Korea said Tuesday" never becomes the launch weekday', () => {
    expect(fixture('kcna-report').found.filter((c) => c.kind === 'weekday').map((c) => c.value)).toEqual(['Monday']);
  });

  it("1,100 km is supported everywhere it is South Korea's figure, with Sunford Express's 500 km listed as differing", () => {
    let seen = 0;
    for (const r of tuning.filter((x) => x.fixture.expected.relevant)) {
      for (const c of r.found.filter((x) => x.kind === 'distance' && x.value === 1100 && x.attribution === null)) {
        seen++;
        expect(c.verdict, `${r.fixture.file}: ${c.text}`).toBe('supported');
        expect(c.counts, `${r.fixture.file}: ${c.text}`).toEqual({ agree: 4, differ: 1 });
        expect(c.outlets.find((o) => o.stance === 'differ')).toMatchObject({ outlet: 'sunford-express', value: 500 });
      }
    }
    expect(seen).toBeGreaterThan(5);
  });
});
