// @vitest-environment happy-dom
/**
 * Hostile DOM shapes for the page-side readers, without a browser: an
 * article nested far deeper than a recursive walk survives is read, its claim
 * mapped to its Text node, its editor found; an article of tens of thousands
 * of short blocks is read in time linear in its size.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { readable } from '../../lib/page/readable';
import { editorOf } from '../../lib/page/visibility';
import { reference } from './helpers';

const ref = reference();
const CLAIM = 'North Korea fired a ballistic missile on Monday, January 6, 2025, that flew 300 kilometres, officials said.';

/**
 * `depth` nested divs under a fresh <article>, with `leaf` at the bottom.
 * happy-dom's own querySelectorAll and isContentEditable recurse, so the
 * tests read from the article (`root`) rather than asking happy-dom to find it.
 */
function nest(depth: number, leaf: (doc: Document) => Element): { doc: Document; article: HTMLElement; leaf: Element } {
  // A fresh document each time: happy-dom also recurses when a deep tree is removed.
  const doc = document.implementation.createHTMLDocument('deep');
  const article = doc.createElement('article');
  doc.body.append(article);
  let el: Element = article;
  for (let i = 0; i < depth; i++) {
    const d = doc.createElement('div');
    el.append(d);
    el = d;
  }
  const made = leaf(doc);
  el.append(made);
  return { doc, article, leaf: made };
}

describe('a DOM nested 10,000 deep', () => {
  it('readable() reaches the text at the bottom (no recursion to overflow) and its claim maps to its Text node', () => {
    const { doc, article } = nest(10_000, (d) => Object.assign(d.createElement('p'), { textContent: CLAIM }));
    const read = readable(doc, { root: article, headline: false });
    expect(read.text).toBe(CLAIM);
    const claim = check(read.text, ref, { blocks: read.blocks }).claims.find((c) => c.text === '300 kilometres');
    expect(claim?.verdict).toBe('contradicted');
    // Its words map back to the Text node 10,000 levels down (happy-dom's Range cannot be read that deep).
    const [seg] = read.segments;
    expect(seg!.node.parentElement?.tagName).toBe('P');
    expect(seg!.node.data.slice(claim!.start - seg!.start, claim!.end - seg!.start)).toBe('300 kilometres');
  });

  it('keeps document order and block breaks when the nesting is deep on both sides', () => {
    const { doc, article } = nest(10_000, (d) => Object.assign(d.createElement('p'), { textContent: 'bottom' }));
    article.prepend(Object.assign(doc.createElement('p'), { textContent: 'top' }));
    article.append(Object.assign(doc.createElement('p'), { textContent: 'end' }));
    expect(readable(doc, { root: article, headline: false }).text).toBe('top\n\nbottom\n\nend');
  });

  it('editorOf() finds a textarea 10,000 deep', () => {
    const { leaf } = nest(10_000, (d) => d.createElement('textarea'));
    expect(editorOf(leaf)).toBe(leaf);
  });
});

describe('an article of many short blocks', () => {
  /** A fresh document whose article has `n` list items of figures with units; returns the best of 3 readable() times. */
  const time = (n: number) => {
    const doc = document.implementation.createHTMLDocument('many');
    const article = doc.createElement('article');
    // Lists of 50: happy-dom's nextSibling looks the node up among its siblings (linear in
    // their number), a cost real browsers do not have and this test is not about.
    let ul = doc.createElement('ul');
    for (let i = 0; i < n; i++) {
      if (i % 50 === 0) article.append((ul = doc.createElement('ul')));
      ul.append(Object.assign(doc.createElement('li'), { textContent: `Buoy ${i}: drift ${i % 997} km, wind ${i % 61} km/h` }));
    }
    doc.body.append(article);
    let best = Infinity;
    let blocks = 0;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      blocks = readable(doc, { root: article, headline: false }).blocks.length;
      best = Math.min(best, performance.now() - t0);
    }
    expect(blocks).toBe(n);
    return best;
  };

  /*
   * Found by tests/e2e/hostile.test.ts: readable() indexed into its growing
   * text for every block, flattening the whole string each time, so 12,500
   * buoy readings froze the page for about 6 s.
   */
  it('4x the blocks take well under 16x the time', () => {
    time(4_000); // warm up
    const small = Math.max(time(4_000), 1);
    const large = time(16_000);
    console.log(`readable(): 4,000 blocks ${small.toFixed(0)} ms, 16,000 blocks ${large.toFixed(0)} ms`);
    expect(large / small).toBeLessThan(10);
  });
});

describe('links inside a paragraph', () => {
  it('stay in their sentence, and an "Also Read:" paragraph of links is furniture', () => {
    document.body.innerHTML = `<main><p>North Korea fired a missile on January 6, 2025 that flew <a href="/a">about 1,100 km</a>, the JCS said, as Blinken visited.</p>
      <p class="teaser"><strong>Also Read:</strong> <a href="/b">North Korea fires seven short-range ballistic missiles</a></p>
      <p>A <a href="/c" hidden>hidden link</a>shown text.</p></main>`;
    const r = readable(document);
    // One block per paragraph: an <a> (which has a URL `host`) is not a shadow root.
    expect(r.blocks.map((b) => [r.text.slice(b.start, b.end), b.role])).toEqual([
      ['North Korea fired a missile on January 6, 2025 that flew about 1,100 km, the JCS said, as Blinken visited.', 'prose'],
      ['Also Read: North Korea fires seven short-range ballistic missiles', 'furniture'],
      ['A shown text.', 'prose'],
    ]);
    const claims = check(r.text, reference(), { blocks: r.blocks }).claims;
    expect(claims.find((c) => c.kind === 'distance')).toMatchObject({ value: 1100, verdict: 'supported' });
    expect(claims.filter((c) => c.kind === 'missile-type').map((c) => c.value)).not.toContain('short-range');
  });
});
