// @vitest-environment happy-dom
/**
 * The always-loaded part of the content script (lib/page/controller.ts): on
 * a page that is not about the launch it loads nothing and changes nothing;
 * the checker (session.js) is imported once, when the page is about the
 * launch from the start, when such text is added later, or when a draft
 * about it is typed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../lib/page/controller';
import type { StartSession } from '../../lib/page/lazy';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeContext() {
  const invalidators: (() => void)[] = [];
  const ctx = { isValid: true, onInvalidated: (cb: () => void) => invalidators.push(cb) } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => invalidators.forEach((cb) => cb()) };
}

function fakeLoader() {
  const started: Document[] = [];
  const start: StartSession = async (_ctx, doc) => {
    started.push(doc);
  };
  const load = vi.fn(async () => start);
  return { load, started };
}

describe('the content script gate', () => {
  let changes = 0;
  let watcher: MutationObserver;
  beforeEach(() => {
    document.body.replaceChildren();
    changes = 0;
  });
  afterEach(() => watcher?.disconnect());
  const watch = () => {
    watcher = new MutationObserver((r) => (changes += r.length));
    watcher.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  };

  it('on an unrelated page with numbers and units: loads nothing, changes nothing', async () => {
    document.body.innerHTML = '<article><h1>Rail link opens</h1><p>The 1,100 km line runs at 300 km/h from 6 January.</p></article>';
    watch();
    const { ctx } = fakeContext();
    const { load } = fakeLoader();
    runContentScript(ctx, document, load);
    await sleep(10);
    expect(load).not.toHaveBeenCalled();
    expect(changes).toBe(0);
  });

  it('on a page about the launch: imports the checker once and starts it on this document', async () => {
    document.body.innerHTML = '<article><p>North Korea fired a hypersonic missile that flew 1,100 km.</p></article>';
    const { ctx } = fakeContext();
    const { load, started } = fakeLoader();
    runContentScript(ctx, document, load);
    await sleep(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(started).toEqual([document]);
  });

  it('text about the launch added later opens the gate at the next retest (at most every 2 s)', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>Loading…</p>';
      const { ctx } = fakeContext();
      const { load } = fakeLoader();
      runContentScript(ctx, document, load);
      const p = document.createElement('p');
      p.textContent = 'North Korea launched a ballistic missile on Monday.';
      document.body.append(p);
      await vi.advanceTimersByTimeAsync(500);
      expect(load).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2000);
      expect(load).toHaveBeenCalledTimes(1);
      // More text does not load it again.
      document.body.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(5000);
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a draft about the launch typed into a textarea opens the gate on input; the textarea is untouched', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea')!;
    const { ctx } = fakeContext();
    const { load } = fakeLoader();
    runContentScript(ctx, document, load);
    area.value = 'North Korea fired a missile';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(area.value).toBe('North Korea fired a missile');
  });

  it('a failed import is logged, not thrown; an invalidated script stops watching', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<p>North Korea fired a missile.</p>';
    const { ctx } = fakeContext();
    runContentScript(ctx, document, () => Promise.reject(new Error('extension updated')));
    await sleep(0);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();

    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>nothing yet</p>';
      const other = fakeContext();
      const { load } = fakeLoader();
      runContentScript(other.ctx, document, load);
      other.invalidate();
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'North Korea fired a missile.' }));
      await vi.advanceTimersByTimeAsync(5000);
      expect(load).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
