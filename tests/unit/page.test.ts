// @vitest-environment happy-dom
/**
 * The extension's page-side logic without a browser: message validation,
 * the badge, text fragments, offsets to Ranges, the scanner (gate, article vs
 * furniture, debounced rescans, drafts) and the fallback where the Highlight
 * API is missing (happy-dom has none).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledReference } from '../../lib/reference/bundled';
import { badgeFor, parseMessage, type PageClaim, type TabResult } from '../../lib/messages';
import { createHighlighter } from '../../lib/page/highlighter';
import { readable } from '../../lib/page/readable';
import { rangeFor } from '../../lib/page/ranges';
import { reveal } from '../../lib/page/reveal';
import { createScanner, type ScanState } from '../../lib/page/scanner';
import { textFragmentUrl } from '../../lib/text-fragment';
import { pageClaim } from './helpers';

const loaded = bundledReference();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.reference;
const root = join(import.meta.dirname, '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls until `ok()` holds (a loaded machine may take longer than a fixed sleep), for at most `ms`. */
const eventually = async (ok: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await sleep(20);
};

const claim = (over: Partial<PageClaim> = {}): PageClaim => pageClaim(over);

const result = (claims: PageClaim[]): TabResult => ({
  url: 'https://example.org/a',
  title: 'A',
  relevant: true,
  claims,
  highlights: 'on',
  paused: false,
  ownOutlet: null,
  scannedAt: 1,
});

describe('messages', () => {
  it('accepts well-formed messages and rejects the rest', () => {
    expect(parseMessage({ type: 'page-result', result: result([claim()]) })?.type).toBe('page-result');
    expect(parseMessage({ type: 'reveal-claim', id: 'page:3' })).toEqual({ type: 'reveal-claim', id: 'page:3' });
    for (const bad of [
      null,
      'page-result',
      { type: 'nope' },
      { type: 'reveal-claim', id: 3 },
      { type: 'page-result', result: { ...result([]), relevant: 'yes' } },
      { type: 'page-result', result: result([claim({ verdict: 'true' as never })]) },
      { type: 'page-result', result: result([claim({ kind: 'colour' as never })]) },
      { type: 'page-result', result: result([claim({ start: 9, end: 2 })]) },
      { type: 'page-result', result: result([claim({ outlets: [{ outlet: 'dw' }] as never })]) },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });

  it('the badge counts contradicted and disputed claims, red when any is contradicted', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor(result([claim()])).text).toBe('');
    expect(badgeFor(result([claim({ verdict: 'disputed' }), claim({ verdict: 'unverified' })]))).toEqual({ text: '1', color: '#B35C00' });
    expect(badgeFor(result([claim({ verdict: 'disputed' }), claim({ verdict: 'contradicted' })]))).toEqual({ text: '2', color: '#B3261E' });
    expect(badgeFor({ ...result([claim({ verdict: 'contradicted' })]), paused: true }).text).toBe('');
  });
});

describe('text fragments', () => {
  it('links to a quote, escaping reserved characters, shortening long quotes', () => {
    expect(textFragmentUrl(null, 'x')).toBeNull();
    expect(textFragmentUrl('https://a.example/p#top', 'flew 1,100 km')).toBe('https://a.example/p#:~:text=flew%201%2C100%20km');
    expect(textFragmentUrl('https://a.example/p', 'Cho Tae-yul said')).toBe('https://a.example/p#:~:text=Cho%20Tae%2Dyul%20said');
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragmentUrl('https://a.example/p', long)).toBe('https://a.example/p#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });
});

describe('ranges', () => {
  it('maps offsets across Text nodes and element boundaries', () => {
    document.body.innerHTML = '<article><p>North Korea fired a <b>ballistic</b> missile.</p><p>It flew 1,100 <i>km</i>.</p></article>';
    const read = readable(document);
    for (const words of ['ballistic missile', 'fired a ballistic', '1,100 km', 'North Korea fired']) {
      const start = read.text.indexOf(words);
      expect(rangeFor(document, read, start, start + words.length)?.toString()).toBe(words);
    }
  });

  it('gives no range once the page has changed under it', () => {
    document.body.innerHTML = '<p>North Korea fired a missile.</p>';
    const read = readable(document);
    document.body.innerHTML = '<p>Other</p>';
    expect(rangeFor(document, read, 0, 5)).toBeNull();
  });
});

describe('scanner', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
    document.body.innerHTML = '';
  });

  const seedHtml = () => {
    const text = readFileSync(join(root, 'seeds/002_394e4a30409d2d18.txt'), 'utf8');
    const paras = text.split(/\n\s*\n/).map((p) => `<p>${p.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    return `<nav><a href="/">Home</a></nav><main><article>${paras.join('')}<aside class="related"><a href="/x">North Korea's ICBM flew 7,000 km on October 31</a></aside></article></main><footer>1100 Harbour Road; missile museum 500 km away</footer>`;
  };

  const start = (opts: Partial<Parameters<typeof createScanner>[0]> = {}) => {
    const states: ScanState[] = [];
    const s = createScanner({ doc: document, reference, onChange: (st) => states.push(st), debounceMs: 20, maxWaitMs: 60, draftDebounceMs: 20, ...opts });
    s.start();
    stop = () => s.stop();
    return { s, states };
  };

  it('on an unrelated page it never reads the article and reports nothing', () => {
    document.body.innerHTML = '<main><p>The marathon is 42 km long and 3,000 runners start at 11:30 on Monday, January 6.</p></main>';
    const { states } = start();
    expect(states).toEqual([]);
  });

  it('on a seed article it maps every claim to its words, none in asides or footers', async () => {
    document.body.innerHTML = seedHtml();
    const { s, states } = start();
    await s.whenIdle();
    const last = states.at(-1)!;
    expect(last.relevant).toBe(true);
    expect(last.entries.length).toBeGreaterThan(5);
    for (const e of last.entries) {
      expect(e.range?.toString()).toBe(e.claim.text);
      const el = e.range!.startContainer.parentElement!;
      expect(el.closest('aside, footer, nav')).toBeNull();
    }
  });

  it('reads and checks a long page in slices, giving the page its turn between them', async () => {
    const paras = Array.from({ length: 60 }, () => seedHtml().match(/<article>(.*)<aside/)![1]).join('');
    document.body.innerHTML = `<main><article>${paras}</article></main>`;
    // Node delivers MessageChannel messages (the default pause) ahead of timers, unlike a browser; a timer pause lets this test count the page's turns.
    const { s, states } = start({ pause: () => new Promise((resolve) => setTimeout(resolve, 0)) });
    // Nothing is reported synchronously: the scan's first slice has yielded.
    expect(states).toEqual([]);
    let pageTurns = 0;
    let doneAt = -1;
    const tick = () => {
      pageTurns++;
      if (doneAt < 0) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await s.whenIdle();
    doneAt = pageTurns;
    expect(doneAt).toBeGreaterThan(2);
    expect(states).toHaveLength(1);
    expect(states[0]!.entries.length).toBeGreaterThan(60 * 5);
  });

  it('a newer scan supersedes one still running: it alone reports', async () => {
    document.body.innerHTML = seedHtml();
    const { s, states } = start();
    s.rescan();
    s.rescan();
    await s.whenIdle();
    expect(s.scans()).toBe(3);
    expect(states).toHaveLength(1);
    expect(states[0]!.relevant).toBe(true);
  });

  it('stop() abandons a scan in flight', async () => {
    document.body.innerHTML = seedHtml();
    const { s, states } = start();
    s.stop();
    await s.whenIdle();
    expect(states).toEqual([]);
  });

  it('rescans after the page changes, debounced: a burst of 40 changes costs one or two scans', async () => {
    document.body.innerHTML = seedHtml();
    const { s, states } = start({ debounceMs: 30, maxWaitMs: 2000 });
    const scansBefore = s.scans();
    const article = document.querySelector('article')!;
    for (let i = 0; i < 40; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: officials said the missile flew 300 km.`;
      article.append(p);
    }
    await sleep(1300);
    expect(s.scans() - scansBefore).toBeGreaterThanOrEqual(1);
    expect(s.scans() - scansBefore).toBeLessThanOrEqual(2);
    expect(states.at(-1)!.entries.some((e) => e.claim.text === '300 km')).toBe(true);
  });

  it('checks a contenteditable draft on input, with ranges, without changing it', async () => {
    document.body.innerHTML = '<div class="editor" contenteditable="true"><p>North Korea fired a ballistic missile on January 6, 2025 that flew 300 km.</p></div>';
    const editor = document.querySelector('.editor')!;
    const { states } = start();
    const before = editor.innerHTML;
    editor.querySelector('p')!.append(' It landed in the Sea of Japan.');
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await eventually(() => !!states.at(-1)?.entries.some((e) => e.claim.source === 'draft' && e.claim.text === '300 km'));
    const drafts = states.at(-1)!.entries.filter((e) => e.claim.source === 'draft');
    const wrong = drafts.find((e) => e.claim.text === '300 km');
    expect(wrong?.claim.verdict).toBe('contradicted');
    expect(wrong?.range?.toString()).toBe('300 km');
    expect(editor.innerHTML).toBe(`${before.replace('</p>', ' It landed in the Sea of Japan.</p>')}`);
  });

  it('checks a textarea draft from its value; its claims have no range', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const ta = document.querySelector('textarea')!;
    const { states } = start();
    ta.value = 'North Korea launched a hypersonic missile on January 6, 2025. It flew 300 km.';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await eventually(() => !!states.at(-1)?.entries.some((e) => e.claim.text === '300 km'));
    const entries = states.at(-1)!.entries;
    expect(entries.find((e) => e.claim.text === '300 km')?.claim.verdict).toBe('contradicted');
    expect(entries.every((e) => e.range === null && e.editor === ta)).toBe(true);
    expect(ta.value).toBe('North Korea launched a hypersonic missile on January 6, 2025. It flew 300 km.');
  });
});

describe('without the Highlight API (fallback)', () => {
  it('no highlighter; revealing a claim selects its words instead, and changes nothing in the page', () => {
    expect(createHighlighter(window)).toBeNull();
    document.body.innerHTML = '<article><p>North Korea fired a missile that flew 1,100 km on January 6, 2025.</p></article>';
    const before = document.body.innerHTML;
    const read = readable(document);
    const start = read.text.indexOf('1,100 km');
    const range = rangeFor(document, read, start, start + 8)!;
    expect(reveal(window, { claim: claim(), range, editor: null }, null)).toBe(true);
    expect(window.getSelection()?.toString()).toBe('1,100 km');
    expect(document.body.innerHTML).toBe(before);
  });
});
