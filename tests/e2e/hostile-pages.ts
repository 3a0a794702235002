/**
 * Pages that try to break Crosscheck, for tests/e2e/hostile.test.ts: markup
 * and script payloads as claim text, a main world with its built-ins
 * sabotaged, 50,000 figures with units, a DOM nested thousands deep, a page that
 * mutates every few milliseconds, and stories inside iframes. Page text is
 * escaped (a payload is text, as it would be on a real page that escaped
 * it); the scripts are served from the same origin, as the strict CSP wants.
 */
import { DEMO_HEADLINE, DEMO_PARAGRAPHS, esc } from './pages';

const shell = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head><body>${body}</body></html>`;

const story = (paras: string[] = DEMO_PARAGRAPHS) => `<h1>${esc(DEMO_HEADLINE)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;

/**
 * The payload: if any of it became markup, the image would request
 * `<base>/pwned-img` and its handler and the script would set the title and
 * `window.__pwned` (single quotes inside, so the quotation's double quotes
 * frame it whole; a strict CSP would also block inline handlers, so the
 * request is the proof that does not depend on the CSP).
 */
export const payload = (base: string) =>
  `<img src='${base}/pwned-img' onerror='window.__pwned=1;document.title=1'> our missile <script>window.__pwned=2;document.title='pwned'</script> will fly to the Pacific Ocean soon and hit them all`;

/** A news story whose quotation (a claim, shown in the card and the popup) carries the payload as text. */
export function payloadPage(base: string): string {
  const quote = `Kim Jong Un said "${payload(base)}".`;
  return shell(DEMO_HEADLINE, `<main><article>${story()}<p>${esc(quote)}</p></article></main>`);
}

/** A draft page with only a textarea, for typing the payload into. */
export function payloadDraftPage(): string {
  return shell('Draft', '<main><label for="draft">Draft</label><textarea id="draft" rows="6" cols="80"></textarea></main>');
}

/** The demo story after a script in the page's own world has sabotaged its built-ins. */
export function sabotagedPage(): string {
  return shell(DEMO_HEADLINE, `<main><article>${story()}</article></main>`, '<script src="/sabotage.js"></script>');
}

/**
 * Runs in the page's main world before the content script: every built-in a
 * content script might lean on throws, or is a fake. Records that it ran.
 */
export const SABOTAGE_JS = `(() => {
  const boom = (name) => function () { throw new Error('sabotaged: ' + name); };
  const AP = Array.prototype;
  const names = ['map', 'filter', 'forEach', 'push', 'pop', 'some', 'every', 'indexOf', 'includes', 'slice', 'splice', 'sort', 'join', 'concat', 'find', 'findIndex', 'reduce', 'flatMap', 'entries', 'keys', 'values', 'at'];
  for (let i = 0; i < names.length; i++) AP[names[i]] = boom('Array.prototype.' + names[i]);
  Array.from = boom('Array.from');
  Array.isArray = function () { return false; };
  Object.keys = boom('Object.keys');
  Object.assign = boom('Object.assign');
  String.prototype.replace = boom('String.prototype.replace');
  String.prototype.slice = boom('String.prototype.slice');
  String.prototype.toLowerCase = boom('String.prototype.toLowerCase');
  RegExp.prototype.exec = boom('RegExp.prototype.exec');
  RegExp.prototype.test = boom('RegExp.prototype.test');
  Map.prototype.set = boom('Map.prototype.set');
  Set.prototype.add = boom('Set.prototype.add');
  Object.defineProperty(window, 'JSON', { value: { parse: boom('JSON.parse'), stringify: boom('JSON.stringify') }, configurable: true, writable: true });
  Object.defineProperty(window, 'MutationObserver', { value: boom('MutationObserver'), configurable: true, writable: true });
  Object.defineProperty(window, 'Highlight', { value: boom('Highlight'), configurable: true, writable: true });
  const fakeRegistry = { set: boom('CSS.highlights.set'), get: boom('CSS.highlights.get'), delete: boom('CSS.highlights.delete'), has: boom('CSS.highlights.has'), clear: boom('CSS.highlights.clear') };
  Object.defineProperty(window, 'CSS', { value: { highlights: fakeRegistry, supports: boom('CSS.supports'), escape: boom('CSS.escape') }, configurable: true, writable: true });
  Node.prototype.appendChild = boom('Node.prototype.appendChild');
  Element.prototype.attachShadow = boom('Element.prototype.attachShadow');
  Document.prototype.createRange = boom('Document.prototype.createRange');
  EventTarget.prototype.addEventListener = function () {};
  window.__sabotaged = 'yes';
  AP[Symbol.iterator] = boom('Array.prototype[Symbol.iterator]');
})();`;

/**
 * The demo story followed, in the same article, by a table of buoy readings:
 * `items` rows of four figures with units each (4 × 12,500 = 50,000).
 * A page-side timer records the longest gap between its ticks.
 */
export function manyNumbersPage(items = 12_500): string {
  const rows: string[] = [];
  for (let i = 0; i < items; i++) {
    rows.push(`<li>Buoy ${i}: drift ${(i * 7) % 997} km, wind ${i % 61} km/h, swell ${i % 9}.${i % 10} metres, ${(i * 13) % 300} miles offshore</li>`);
  }
  return shell(
    DEMO_HEADLINE,
    `<main><article>${story()}<h2>Harbour buoy readings</h2><ul>${rows.join('')}</ul></article></main>`,
    '<script src="/ticks.js"></script>',
  );
}

/** Counts ticks of a 20 ms timer and the longest gap between two (responsiveness as the page sees it). */
export const TICKS_JS = `(() => {
  const s = { ticks: 0, maxGap: 0, longTasks: 0, longestTask: 0 };
  window.__ticks = s;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    s.maxGap = Math.max(s.maxGap, now - last);
    last = now;
    s.ticks++;
  }, 20);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { s.longTasks++; s.longestTask = Math.max(s.longestTask, e.duration); }
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;

/** The demo story's first paragraph at the bottom of `depth` nested divs, built by a script (the HTML parser caps depth at 512). */
export function deepPage(): string {
  return shell(DEMO_HEADLINE, `<main><h1>${esc(DEMO_HEADLINE)}</h1><article id="root"></article></main>`, '<script src="deep.js" defer></script>');
}

export const deepJs = (depth: number, tag: 'div' | 'span') => `(() => {
  let el = document.getElementById('root');
  for (let i = 0; i < ${depth}; i++) { const d = document.createElement('${tag}'); el.appendChild(d); el = d; }
  const p = document.createElement('${tag === 'div' ? 'p' : 'span'}');
  p.id = 'bottom';
  p.textContent = ${JSON.stringify(DEMO_PARAGRAPHS[0])};
  el.appendChild(p);
})();`;

/** The demo story with a ticker that changes every 4 ms (text, an attribute, a node added and removed) for `ms`. */
export function churnPage(): string {
  return shell(DEMO_HEADLINE, `<main><article>${story()}<p id="ticker">Live.</p><div id="box"></div></article></main>`, '<script src="/churn.js" defer></script>');
}

export const churnJs = (ms: number) => `(() => {
  const ticker = document.getElementById('ticker');
  const box = document.getElementById('box');
  const end = performance.now() + ${ms};
  let i = 0;
  window.__churn = 0;
  const timer = setInterval(() => {
    if (performance.now() > end) { clearInterval(timer); return; }
    i++;
    ticker.textContent = 'Live ' + i + ': markets moved ' + (i % 97) + ' points.';
    box.setAttribute('data-i', String(i));
    const s = document.createElement('span');
    s.textContent = ' ' + i;
    box.appendChild(s);
    if (box.childNodes.length > 20) box.firstChild.remove();
    window.__churn = i;
  }, 4);
})();`;

/** A top page with its own story and two iframes (same origin, and another origin) each holding a story. */
export function framesPage(sameOrigin: string, otherOrigin: string): string {
  return shell(
    DEMO_HEADLINE,
    `<main><article>${story(DEMO_PARAGRAPHS.slice(0, 2))}</article>
<iframe id="same" title="Same-origin story" src="${sameOrigin}/frame-story" width="600" height="400"></iframe>
<iframe id="other" title="Cross-origin story" src="${otherOrigin}/frame-story" width="600" height="400"></iframe></main>`,
  );
}

/** The story an iframe holds: a different wrong figure, so its claim is told from the top page's. */
export function frameStoryPage(): string {
  return shell(
    'Framed story',
    `<main><article><h1>${esc(DEMO_HEADLINE)}</h1><p>${esc('North Korea fired a ballistic missile on Monday, January 6, 2025, that flew 200 kilometres, officials said.')}</p></article></main>`,
  );
}

/** The demo story, and an iframe (an unrelated page) added two seconds after load, as ads and embeds are. */
export function lateFramePage(): string {
  return shell(DEMO_HEADLINE, `<main><article>${story()}</article><div id="slot"></div></main>`, '<script src="/late-frame.js" defer></script>');
}

export const LATE_FRAME_JS = `setTimeout(() => {
  const f = document.createElement('iframe');
  f.src = '/unrelated-frame';
  f.title = 'Advertisement';
  document.getElementById('slot').appendChild(f);
  window.__frameAdded = true;
}, 2000);`;

/** What a late iframe holds: nothing about the launch. */
export function unrelatedFramePage(): string {
  return shell('Ad', '<p>Harbour ferries: 42 km of coast, 20 km/h.</p>');
}

/** The demo story and 12,500 more launch sentences with four figures each: 50,000 figures that are all claims. */
export function manyClaimsPage(items = 12_500): string {
  const rows: string[] = [];
  for (let i = 0; i < items; i++) {
    // Figures clear of other launches' reported ones (reference-data/event.json), so every row stays this launch's.
    rows.push(`<p>The missile flew ${1100 + (i % 300)} km and reached an altitude of ${40 + (i % 60)} km at Mach ${(i % 15) + 1}, and another flew ${1300 + (i % 900)} kilometres.</p>`);
  }
  return shell(DEMO_HEADLINE, `<main><article>${story()}${rows.join('')}</article></main>`, '<script src="/ticks.js"></script>');
}
