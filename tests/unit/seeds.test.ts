/**
 * The five seeds checked against each other. Each test is one thing a careful
 * reader finds when laying the articles side by side: a real disagreement, or
 * an apparent one that is not real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { reference } from './helpers';

const FILES: Record<string, string> = {
  iria: '000_9b0e4c925f817b49.txt',
  dw: '001_8a957356493d5bd7.txt',
  'wire-rewrite': '002_394e4a30409d2d18.txt',
  'sunford-express': '003_7a91261208e939d9.txt',
  'hindustan-dot': '004_6bbcbcdbbaa050c5.txt',
};

const seed = (id: string) => readFileSync(join(import.meta.dirname, '../../seeds', FILES[id]!), 'utf8');
/** A seed checked against the other four outlets. */
const checked = (id: string) => check(seed(id), reference(), { exclude: [id] });
const find = (id: string, kind: string, text?: string) => checked(id).claims.filter((c) => c.kind === kind && (!text || c.text.includes(text)));
const stances = (c: { outlets: { outlet: string; stance: string }[] }) => Object.fromEntries(c.outlets.map((o) => [o.outlet, o.stance]));

describe('real disagreements between the seeds', () => {
  it("Sunford Express's 500 km is contradicted by every outlet that gives a distance", () => {
    const [c] = find('sunford-express', 'distance');
    expect(c!.value).toBe(500);
    expect(c!.verdict).toBe('contradicted');
    expect(stances(c!)).toEqual({ iria: 'differ', dw: 'differ', 'wire-rewrite': 'differ', 'hindustan-dot': 'differ' });
  });

  it('the 1,100 km the others report is supported by four outlets, with Sunford Express listed as differing', () => {
    for (const id of ['iria', 'dw', 'wire-rewrite', 'hindustan-dot']) {
      const [c] = find(id, 'distance', '1,100');
      expect(c!.verdict, id).toBe('supported');
      // Its own outlet is left out: three others agree, Sunford Express differs.
      expect(c!.counts, id).toEqual({ agree: 3, differ: 1 });
      expect(stances(c!)['sunford-express'], id).toBe('differ');
      expect(c!.outlets.find((o) => o.outlet === 'sunford-express')!.value).toBe(500);
    }
    // From outside the seeds, all four agree.
    const page = check('North Korea fired a ballistic missile on January 6, 2025 that flew about 1,100 km, South Korea said.', reference());
    const d = page.claims.find((c) => c.kind === 'distance')!;
    expect(d.verdict).toBe('supported');
    expect(d.counts).toEqual({ agree: 4, differ: 1 });
  });

  it("Hindustan Dot's Tuesday is contradicted: DW says Monday and the others' 6 January 2025 was a Monday", () => {
    const [c] = find('hindustan-dot', 'weekday');
    expect(c!.value).toBe('Tuesday');
    expect(c!.verdict).toBe('contradicted');
    expect(c!.counts).toEqual({ agree: 0, differ: 4 });
    expect(stances(c!)).toEqual({ dw: 'differ', iria: 'differ', 'wire-rewrite': 'differ', 'sunford-express': 'differ' });
  });

  it("DW's Monday is supported by the dates, and Hindustan Dot differs", () => {
    const [c] = find('dw', 'weekday');
    expect(c!.verdict).toBe('supported');
    expect(c!.counts).toEqual({ agree: 3, differ: 1 });
    expect(stances(c!)['hindustan-dot']).toBe('differ');
    expect(c!.outlets.find((o) => o.outlet === 'iria')!.inferred).toMatch(/6 January 2025/);
  });

  it("IRIA calls the missile hypersonic as a fact; only North Korea said so, and the claim is read as North Korea's", () => {
    const [c] = find('iria', 'missile-type', 'hypersonic');
    expect(c!.attribution).toBeNull();
    expect(c!.verdict).toBe('supported');
    expect(c!.outlets.map((o) => o.outlet)).toEqual(['dw']);
    expect(c!.notes.join(' ')).toMatch(/No source is named .* it is what North Korea claimed/);
  });

  it('a seed copied to another address is recognised by its text and left out of its own comparison', () => {
    const copy = `Reposted from the wire | World\n\n${seed('sunford-express')}\n\nAdvertisement`;
    const r = check(copy, reference());
    expect(r.copyOf).toEqual(['sunford-express']);
    const d = r.claims.find((c) => c.kind === 'distance')!;
    expect(d.value).toBe(500);
    expect(d.outlets.map((o) => o.outlet)).not.toContain('sunford-express');
    expect(d.verdict).toBe('contradicted');
    // A story that quotes a seed's sentences here and there is not a copy of it.
    const borrowed = seed('dw').split('\n').slice(0, 3).join('\n');
    expect(check(borrowed, reference()).copyOf).toEqual([]);
  });
});

describe('apparent disagreements that are not real', () => {
  it("KCNA's 1,500 km is North Korea's claim, never set against South Korea's 1,100 km", () => {
    const [c] = find('dw', 'distance', '1,500');
    expect(c!.attribution).toMatch(/KCNA/);
    expect(c!.outlets).toEqual([]);
    expect(c!.verdict).toBe('unverified');
    const sunford = find('sunford-express', 'distance')[0]!;
    expect(sunford.outlets.map((o) => o.value)).not.toContain(1500);
  });

  it('"on the morning of" and "around noon local time" do not contradict each other', () => {
    const [c] = find('sunford-express', 'time');
    expect(c!.value).toBe('morning');
    expect(stances(c!)).toEqual({ 'hindustan-dot': 'agree' });
  });

  it('"the Sea of Japan" is the water between the Korean Peninsula and Japan', () => {
    const [c] = find('sunford-express', 'impact-area');
    expect(c!.verdict).toBe('supported');
    expect(Object.keys(stances(c!)).sort()).toEqual(['dw', 'hindustan-dot', 'iria', 'wire-rewrite']);
  });

  it('"mid-range" and "intermediate-range" are the same class', () => {
    const [c] = find('sunford-express', 'missile-type', 'mid-range');
    expect(c!.value).toBe('intermediate-range');
    expect(stances(c!)).toEqual({ 'hindustan-dot': 'agree' });
  });

  it('680 and 685 miles are both fair conversions of 1,100 km', () => {
    for (const id of ['dw', 'wire-rewrite', 'hindustan-dot']) {
      const [c] = find(id, 'distance', '1,100');
      expect(c!.notes, id).toEqual([]);
    }
  });

  it('"November 2024" and "November 5" agree on the previous launch', () => {
    const [c] = find('wire-rewrite', 'previous-launch');
    expect(c!.value).toBe('2024-11');
    expect(stances(c!)).toEqual({ 'hindustan-dot': 'agree' });
  });

  it('"over 1,000" and "more than 1,000" killed or injured agree; 10,000 troops sent is another measure', () => {
    const [c] = find('hindustan-dot', 'casualties');
    expect(stances(c!)).toEqual({ 'wire-rewrite': 'agree' });
    const [troops] = find('iria', 'troops');
    expect(troops!.value).toBe(10000);
    expect(troops!.outlets).toEqual([]);
  });

  it('"noon local time, or 03:00 GMT" is consistent', () => {
    const [c] = find('hindustan-dot', 'time');
    expect(c!.value).toBe('12:00');
    expect(c!.notes).toEqual([]);
  });

  it('"On Tuesday, KCNA said" dates the report, not the launch', () => {
    expect(find('dw', 'weekday').map((c) => c.value)).toEqual(['Monday']);
  });

  it('"Yoon Suk-yeol" and "Yoon Suk Yeol" are one person', () => {
    const [c] = find('sunford-express', 'official', 'Yoon');
    expect(c!.verdict).toBe('supported');
  });

  it("IRIA's ICBM caption and last year's ICBM tests say nothing about this launch's type", () => {
    expect(find('iria', 'missile-type').map((c) => c.value).sort()).toEqual(['ballistic', 'hypersonic', 'hypersonic']);
  });

  it("Hindustan Dot's short-range missiles of 5 November are not this launch's", () => {
    expect(find('hindustan-dot', 'missile-type').map((c) => c.value)).not.toContain('short-range');
  });
});

describe('every seed', () => {
  it.each(Object.keys(FILES))('%s is recognised as about the launch', (id) => {
    expect(checked(id).relevant).toBe(true);
  });
});
