// @vitest-environment happy-dom
/**
 * The card's number line: its model (the page's band by the engine's
 * interval rule, the outlets' marks with the engine's stances, North Korea's
 * claims on their own row) and the SVG drawn from it, with its text alternative.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberLine } from '../../components/NumberLine';
import { check } from '../../lib/engine/check';
import { describeNumberLine, numberLine } from '../../lib/number-line';
import { reference } from './helpers';

const LEAD = 'North Korea fired a ballistic missile on January 6, 2025, as Antony Blinken visited Seoul.';
const claim = (sentence: string, kind: string) => {
  const c = check(`${LEAD}\n\n${sentence}`, reference()).claims.find((x) => x.kind === kind);
  if (!c) throw new Error(`no ${kind} claim in: ${sentence}`);
  return c;
};

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

describe('numberLine', () => {
  it('a wrong distance: the page band around 300 km (the rounding of "300", capped at 4 %), every observer differs, North Korea on its own row', () => {
    const c = claim('The missile flew 300 km, the JCS said.', 'distance');
    const m = numberLine(c, reference())!;
    expect(m.page.value).toBe(300);
    expect(m.page.band).toEqual([288, 312]);
    const observers = m.rows.find((r) => r.camp === 'observers')!;
    expect(observers.page).toBe(true);
    expect(observers.marks.map((x) => x.stance)).toEqual(c.outlets.map((o) => o.stance));
    expect(observers.marks.every((x) => x.stance === 'differ')).toBe(true);
    const nk = m.rows.find((r) => r.camp === 'north-korea')!;
    expect(nk.page).toBe(false);
    expect(nk.marks.map((x) => `${x.name} ${x.label} ${x.stance}`)).toEqual(['DW 1,500 km other']);
    expect(m.axis[0]).toBeLessThanOrEqual(m.page.band[0]);
    expect(m.axis[1]).toBeGreaterThanOrEqual(1500);
  });

  it("a hedge widens the band: 'about 1,100 km' spans ±10 %, and the agreeing outlets' marks fall in it", () => {
    const c = claim('The JCS said it flew about 1,100 km.', 'distance');
    const m = numberLine(c, reference())!;
    expect(m.page.band).toEqual([990, 1210]);
    const agree = m.rows[0]!.marks.filter((x) => x.stance === 'agree');
    expect(agree.length).toBe(4);
    for (const a of agree) expect(a.value >= m.page.band[0] && a.value <= m.page.band[1]).toBe(true);
    expect(m.rows[0]!.marks.find((x) => x.stance === 'differ')?.name).toBe('Sunford Express');
  });

  it("North Korea's own figure sits on North Korea's row, compared there", () => {
    const c = claim('KCNA said the missile flew 1,500 km.', 'distance');
    const m = numberLine(c, reference())!;
    const row = m.rows.find((r) => r.page)!;
    expect(row.camp).toBe('north-korea');
    expect(row.marks.map((x) => x.stance)).toEqual(['agree']);
  });

  it('a clock time is drawn in minutes of the day; a kind that is not a figure has no line', () => {
    // "about noon": the engine allows half an hour either side of a hedged time.
    const m = numberLine(claim('The missile was launched at about noon local time.', 'time'), reference())!;
    expect(m.format(m.page.value)).toBe('12:00');
    expect(m.page.band).toEqual([690, 750]);
    expect(m.rows[0]!.marks.map((x) => `${x.name} ${x.label} ${x.stance}`).sort()).toEqual(['Hindustan Dot 12:00 agree', 'Sunford Express morning agree']);
    // "12:05 p.m.", with its minutes: five either side, and the morning no longer meets it.
    const exact = numberLine(claim('The missile was launched at 12:05 p.m. local time.', 'time'), reference())!;
    expect(exact.page.band).toEqual([720, 730]);
    expect(numberLine(claim('It was a hypersonic missile.', 'missile-type'), reference())).toBeNull();
  });

  it('says it all in words', () => {
    const m = numberLine(claim('The missile flew 300 km, the JCS said.', 'distance'), reference())!;
    const text = describeNumberLine(m);
    expect(text).toMatch(/^Distance flown on a line\. This page: 300 km; values from 288 km to 312 km count as agreeing with it\./);
    expect(text).toContain('Sunford Express 500 km, differs');
    expect(text).toContain("North Korea's state media (not compared with this page): DW 1,500 km.");
  });
});

describe('NumberLine', () => {
  it('draws the band, the page value, a mark per outlet and a row per camp, with a title as its text alternative', () => {
    root = document.createElement('div');
    document.body.append(root);
    const c = claim('The missile flew 300 km, the JCS said.', 'distance');
    render(<NumberLine claim={c} reference={reference()} id="t" />, root);
    const svg = root.querySelector('svg.cc-numberline')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('t-title');
    expect(root.querySelector('#t-title')?.textContent).toBe(describeNumberLine(numberLine(c, reference())!));
    expect(svg.querySelectorAll('.cc-nl-band').length).toBe(1);
    expect(svg.querySelectorAll('.cc-nl-page').length).toBe(1);
    expect(svg.querySelectorAll('.cc-nl-observers .cc-nl-mark').length).toBe(c.outlets.length);
    expect(svg.querySelectorAll('.cc-nl-observers .cc-nl-cross').length).toBe(c.outlets.length);
    expect(svg.querySelectorAll('.cc-nl-north-korea .cc-nl-other').length).toBe(1);
  });

  it('draws nothing for a kind that is not a figure', () => {
    root = document.createElement('div');
    document.body.append(root);
    render(<NumberLine claim={claim('It was a hypersonic missile.', 'missile-type')} reference={reference()} id="t" />, root);
    expect(root.innerHTML).toBe('');
  });
});
