/**
 * Test pages for the browser tests: each seed article rendered as a realistic
 * news page (header, navigation, a related-links aside that mentions other
 * launches and their figures, a footer with an address), an unrelated page
 * full of numbers and units, a draft editor page and a single-page app.
 * Page text is escaped; nothing here loads anything from outside the server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface Seed {
  id: string;
  name: string;
  file: string;
  headline: string;
}

export const seeds: Seed[] = (JSON.parse(readFileSync(join(root, 'seeds/outlets.json'), 'utf8')) as Seed[]).map((o) => ({
  id: o.id,
  name: o.name,
  file: o.file,
  headline: o.headline,
}));

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The seed's paragraphs, without the headline lines the text repeats at its top. */
export function seedParagraphs(seed: Seed): string[] {
  const text = readFileSync(join(root, 'seeds', seed.file), 'utf8');
  const paras = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  while (paras.length && paras[0] === seed.headline) paras.shift();
  return paras;
}

const CHROME_TOP = `
<header class="site-header">
  <a class="logo" href="/">The Harbour Ledger</a>
  <nav aria-label="Sections"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>`;

const RELATED = `
<aside class="related" aria-label="Related coverage">
  <h2>Related coverage</h2>
  <ul>
    <li><a href="/a">North Korea's Hwasong-19 ICBM flew for 86 minutes, climbed to 7,000 km and flew 1,000 km on October 31</a></li>
    <li><a href="/b">Seoul says North Korea fired short-range ballistic missiles that flew 400 km on November 5</a></li>
    <li><a href="/c">KCNA claims its hypersonic missile reached Mach 10 over the Yellow Sea</a></li>
  </ul>
</aside>`;

const FOOTER = `
<footer class="site-footer">
  <p>© 2025 The Harbour Ledger. All rights reserved.</p>
  <address>Newsroom: 1100 Harbour Road, Suite 12, Port Ellis · 500 km from the capital</address>
  <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
</footer>`;

const page = (title: string, body: string, extraHead = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${extraHead}
<link rel="stylesheet" href="/site.css"></head><body>${body}</body></html>`;

export const SITE_CSS = `body{font:17px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px;color:#222}
.site-header{display:flex;gap:24px;align-items:center;border-bottom:1px solid #ccc}.site-header ul{display:flex;gap:12px;list-style:none;padding:0}
.related{background:#f3f3f3;padding:8px 12px;margin:16px 0}.site-footer{border-top:1px solid #ccc;font-size:14px;color:#555;margin-top:32px}`;

export function seedPage(seed: Seed): string {
  const paras = seedParagraphs(seed);
  const half = Math.ceil(paras.length / 2);
  const p = (list: string[]) => list.map((x) => `<p>${esc(x)}</p>`).join('\n');
  return page(
    `${seed.headline} | The Harbour Ledger`,
    `${CHROME_TOP}
<main><article>
  <h1>${esc(seed.headline)}</h1>
  <p class="byline">By Staff Writer · ${esc(seed.name)}</p>
  ${p(paras.slice(0, half))}
  ${RELATED}
  ${p(paras.slice(half))}
</article></main>
${FOOTER}`,
  );
}

export function unrelatedPage(): string {
  return page(
    'Harbour marathon: 42 km, 3,000 runners',
    `${CHROME_TOP}
<main><article>
  <h1>Harbour marathon draws 3,000 runners</h1>
  <p>The course runs 42.195 kilometres along the coast, climbing 120 metres to the lighthouse before the finish on Monday, January 6.</p>
  <p>The winner averaged 20 km/h; the wind reached 45 km/h at 11:30 local time, and 500 volunteers handed out 12,000 litres of water.</p>
  <p>Next year the route will be extended by 1,100 metres, organisers said.</p>
</article></main>
${FOOTER}`,
  );
}

/** A block-editor-like draft page (contenteditable blocks) and a plain textarea. */
export function draftPage(): string {
  return page(
    'Edit post ‹ Harbour Ledger — WordPress',
    `<div class="editor-shell">
  <h1 class="editor-title">Edit post</h1>
  <div class="block-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Post body">
    <p class="block">Intro paragraph.</p>
  </div>
  <label for="excerpt">Excerpt</label>
  <textarea id="excerpt" rows="4" cols="60"></textarea>
</div>`,
  );
}

/** A single-page app: a button swaps the article for another seed's and pushes a new address. */
export function spaPage(first: Seed, second: Seed): string {
  const body = (s: Seed) => `<h1>${esc(s.headline)}</h1>${seedParagraphs(s)
    .map((x) => `<p>${esc(x)}</p>`)
    .join('')}`;
  return page(
    'SPA news',
    `${CHROME_TOP}<main><button id="next" type="button">Next story</button><article id="story">${body(first)}</article></main>${FOOTER}
<script src="/spa.js"></script>`,
  ).replace('</body>', `<template id="next-story">${body(second)}</template></body>`);
}

export const SPA_JS = `document.getElementById('next').addEventListener('click', () => {
  const t = document.getElementById('next-story');
  const story = document.getElementById('story');
  story.replaceChildren(t.content.cloneNode(true));
  history.pushState({}, '', '/spa/second');
});`;

/** A story with errors in it (written for these tests): every verdict shows up. */
export const DEMO_HEADLINE = 'North Korea fires missile as Blinken visits Seoul';
export const DEMO_PARAGRAPHS = [
  "North Korea fired a ballistic missile at about 10 a.m. on Monday, January 6, 2025, from an area near Pyongyang, South Korea's Joint Chiefs of Staff said. The missile flew 300 kilometres before landing in the Yellow Sea, the military said.",
  'North Korean state media KCNA said on Tuesday that the new hypersonic missile flew at 12 times the speed of sound and reached a second peak altitude of 42.5 km.',
  "Japan's Defense Ministry said the missile fell outside Japan's exclusive economic zone. It was the North's first launch since November 5, when it fired seven short-range missiles.",
  'South Korean Foreign Minister Cho Tae-yul and Blinken condemned the launch at a news conference in Seoul.',
];

export function demoPage(): string {
  const p = (list: string[]) => list.map((x) => `<p>${esc(x)}</p>`).join('\n');
  return page(
    `${DEMO_HEADLINE} | The Harbour Ledger`,
    `${CHROME_TOP}
<main><article>
  <h1>${esc(DEMO_HEADLINE)}</h1>
  <p class="byline">By Staff Writer</p>
  ${p(DEMO_PARAGRAPHS.slice(0, 2))}
  ${RELATED}
  ${p(DEMO_PARAGRAPHS.slice(2))}
</article></main>
${FOOTER}`,
  );
}

/** A live page: a ticker in the article changes every 50 ms, and a paragraph is appended after 1.5 s (infinite scroll). */
export function livePage(): string {
  return demoPage().replace('</body>', '<script src="/live.js"></script></body>').replace('<p class="byline">By Staff Writer</p>', '<p class="byline">By Staff Writer</p><p id="ticker">Live.</p>');
}

export const LIVE_JS = `let i = 0;
const ticker = document.getElementById('ticker');
const timer = setInterval(() => {
  i++;
  ticker.textContent = 'Live: one estimate says the missile flew ' + (1000 + i) + ' km.';
  if (i === 30) {
    const p = document.createElement('p');
    p.textContent = 'Update: a second missile flew 250 kilometres, officials said on January 6, 2025.';
    document.querySelector('article').append(p);
  }
  if (i === 80) clearInterval(timer);
}, 50);`;

/** The story with errors inside a web component's open shadow root (the shadow tree is built by /wc.js). */
export function shadowPage(): string {
  return page(DEMO_HEADLINE, `${CHROME_TOP}<main><h1>${esc(DEMO_HEADLINE)}</h1><news-story></news-story></main>${FOOTER}<script src="/wc.js"></script>`);
}

export const WC_JS = `customElements.define('news-story', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    for (const text of ${JSON.stringify(DEMO_PARAGRAPHS)}) {
      const p = document.createElement('p');
      p.textContent = text;
      root.append(p);
    }
  }
});`;

/** A page that renders its story a second after loading (client-side rendering): the gate opens late. */
export function latePage(): string {
  return page('Loading…', `${CHROME_TOP}<main><article id="story"><p>Loading…</p></article></main>${FOOTER}<script src="/late.js"></script>`);
}

export const LATE_JS = `setTimeout(() => {
  const story = document.getElementById('story');
  story.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = ${JSON.stringify(DEMO_HEADLINE)};
  story.append(h);
  for (const text of ${JSON.stringify(DEMO_PARAGRAPHS)}) {
    const p = document.createElement('p');
    p.textContent = text;
    story.append(p);
  }
}, 1000);`;

/** Styles of the stacked forms (a stylesheet: the test server's policy blocks inline styles). */
export const FORM_CSS = `form{display:flex;flex-direction:column;gap:4px}form label{font-size:13px}
form input,form textarea,form select{box-sizing:border-box;margin:0;width:360px;font:15px/1.4 sans-serif}
form.wide input,form.wide textarea,form.wide select{width:100%}`;

/**
 * A CMS form whose fields are stacked 4 px apart: inputs, selects and
 * textareas. `wide` makes every field as wide as the column, so there is no
 * room beside them.
 */
export function formPage(wide: boolean): string {
  const field = (id: string, label: string, html: string) => `<label for="${id}">${label}</label>${html}`;
  return page(
    'New story ‹ Harbour Ledger CMS',
    `<h1>New story</h1><form class="${wide ? 'wide' : 'narrow'}">
  ${field('headline', 'Headline', '<input id="headline" type="text">')}
  ${field('standfirst', 'Standfirst', '<textarea id="standfirst" rows="2"></textarea>')}
  ${field('byline', 'Byline', '<input id="byline" type="text">')}
  ${field('body', 'Body', '<textarea id="body" rows="5"></textarea>')}
  ${field('section', 'Section', '<select id="section"><option>World</option><option>Asia</option></select>')}
  ${field('notes', 'Notes for the editor', '<textarea id="notes" rows="2"></textarea>')}
  ${field('tags', 'Tags', '<input id="tags" type="text">')}
  <button type="button">Publish</button>
</form>`,
    '<link rel="stylesheet" href="/form.css">',
  );
}
