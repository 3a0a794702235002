/**
 * The browser bench's generated pages (scripts/bench-pages.ts): the promised
 * amount of visible text, deterministic, and an unrelated flavour that never
 * names North Korea or a missile while the relevant one does.
 */
import { describe, expect, it } from 'vitest';
import { benchPage } from '../../scripts/bench-pages';

/** The text between the tags of the page's body (the generator puts no whitespace between tags). */
const visible = (html: string) => html.slice(html.indexOf('<body>')).replace(/<[^>]*>/g, '');

describe('bench pages', () => {
  for (const size of [100_000, 1_000_000, 5_000_000]) {
    for (const flavour of ['relevant', 'unrelated'] as const) {
      it(`${flavour}, ${size} characters: about that much visible text`, () => {
        const page = benchPage(flavour, size);
        const text = visible(page.html);
        expect(text.length).toBe(page.textChars);
        expect(text.length).toBeGreaterThanOrEqual(size);
        expect(text.length).toBeLessThan(size + 2_000);
        expect(text).not.toMatch(/[<&]/);
      });
    }
  }

  it('the unrelated flavour never names North Korea or a missile; the relevant one does, with its claims', () => {
    const unrelated = benchPage('unrelated', 1_000_000).html;
    expect(unrelated).not.toMatch(/north korea|missile/i);
    expect(unrelated).toMatch(/\d+ km/);
    const relevant = visible(benchPage('relevant', 1_000_000).html);
    expect(relevant.slice(0, 300)).toMatch(/North Korea.*ballistic missile.*6 January 2025/);
    for (const claim of ['1,100 km', 'altitude of 100 km', 'Mach 12', 'at around noon', 'landed in the East Sea']) expect(relevant).toContain(claim);
  });

  it('is deterministic and puts the text in <p> elements inside <article>', () => {
    const a = benchPage('relevant', 100_000);
    expect(benchPage('relevant', 100_000).html).toBe(a.html);
    expect(a.html).toMatch(/<body><article><h1>[^<]+<\/h1><p>/);
    expect(a.html.match(/<p>/g)).toHaveLength(a.paragraphs);
  });
});
