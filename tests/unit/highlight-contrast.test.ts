/**
 * The highlight colours in entrypoints/content/highlights.css, read from the
 * stylesheet itself, against light and dark pages: every underline colour
 * has at least 3:1 contrast (WCAG 1.4.11, non-text) against white and
 * near-black, and every tint keeps body text at 4.5:1 or more on both (dark
 * text on white, light text on near-black; a rule that sets its own text
 * colour is checked with it). Also what "attention" marking relies on:
 * contradicted and disputed are drawn clearly, unverified faintly, and each
 * verdict has its own line style, so no verdict is told by colour alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../entrypoints/content/highlights.css'), 'utf8');

type RGBA = [number, number, number, number];

function parseColour(v: string): RGBA {
  const hex = /^#([0-9a-f]{6})$/i.exec(v.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as RGBA;
  const rgba = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(v.trim());
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  throw new Error(`unreadable colour ${v}`);
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGBA) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: RGBA, b: RGBA) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** `top` painted over the opaque `under`. */
const over = (top: RGBA, under: RGBA): RGBA => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as RGBA;

interface Rule {
  name: string;
  decoration?: { style: string; colour: RGBA; thickness: number };
  background?: RGBA;
  colour?: RGBA;
}

function rules(): Rule[] {
  const out: Rule[] = [];
  for (const m of css.matchAll(/::highlight\((crosscheck-[a-z]+)\)\s*\{([^}]*)\}/g)) {
    const body = m[2]!;
    const prop = (name: string) => new RegExp(`(?:^|;|\\s)${name}\\s*:\\s*([^;]+);`).exec(body)?.[1]?.trim();
    const rule: Rule = { name: m[1]! };
    const deco = prop('text-decoration');
    if (deco) {
      const d = /^underline\s+(\w+)\s+(.+)$/.exec(deco);
      if (!d) throw new Error(`${rule.name}: unexpected text-decoration ${deco}`);
      rule.decoration = { style: d[1]!, colour: parseColour(d[2]!), thickness: parseFloat(prop('text-decoration-thickness') ?? '1') };
    }
    const bg = prop('background-color');
    if (bg) rule.background = parseColour(bg);
    const colour = prop('color');
    if (colour) rule.colour = parseColour(colour);
    out.push(rule);
  }
  return out;
}

const WHITE: RGBA = [255, 255, 255, 1];
const NEAR_BLACK: RGBA = [18, 18, 18, 1];
const DARK_TEXT: RGBA = [31, 31, 31, 1];
const LIGHT_TEXT: RGBA = [232, 232, 232, 1];
const PAGES = [
  { name: 'light page', bg: WHITE, text: DARK_TEXT },
  { name: 'dark page', bg: NEAR_BLACK, text: LIGHT_TEXT },
];

describe('highlight colours on light and dark pages', () => {
  const all = rules();
  const byName = (n: string) => all.find((r) => r.name === `crosscheck-${n}`)!;

  it('the stylesheet styles every verdict, the focus and the flash', () => {
    expect(all.map((r) => r.name).sort()).toEqual(['contradicted', 'disputed', 'flash', 'focus', 'supported', 'unverified'].map((n) => `crosscheck-${n}`));
  });

  it('the contrast helper gives the known extremes', () => {
    expect(contrast(WHITE, [0, 0, 0, 1])).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBeCloseTo(1, 5);
  });

  for (const page of PAGES) {
    it(`${page.name}: every underline has at least 3:1 against the page`, () => {
      for (const r of all.filter((x) => x.decoration)) {
        const c = contrast(over(r.decoration!.colour, page.bg), page.bg);
        expect(c, `${r.name} underline on the ${page.name}: ${c.toFixed(2)}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`${page.name}: text under every tint keeps at least 4.5:1`, () => {
      for (const r of all.filter((x) => x.background)) {
        const bg = over(r.background!, page.bg);
        const text = r.colour ?? page.text;
        const c = contrast(text, bg);
        expect(c, `${r.name} text on the ${page.name}: ${c.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('attention claims are marked clearly, unverified ones faintly, and every verdict has its own line style', () => {
    for (const v of ['contradicted', 'disputed']) {
      expect(byName(v).decoration!.thickness).toBeGreaterThanOrEqual(2);
      expect(byName(v).background).toBeDefined();
    }
    expect(byName('unverified').decoration!.thickness).toBeLessThan(2);
    expect(byName('unverified').background).toBeUndefined();
    const styles = ['contradicted', 'disputed', 'unverified', 'supported'].map((v) => byName(v).decoration!.style);
    expect(new Set(styles).size).toBe(4);
  });
});
