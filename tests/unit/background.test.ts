/**
 * The background's logic against WXT's fake browser: results stored per tab
 * in storage.session, frames' results merged into the tab's, the badge,
 * invalid or foreign messages ignored, and results cleared when the tab loads
 * a new document or closes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import { MAX_CLAIMS, claimFrame, isTabResult, type PageClaim, type TabResult } from '../../lib/messages';
import { framesKey, getTabResult, mergeFrameResults } from '../../lib/tab-store';

const claim = (verdict: PageClaim['verdict'], i: number): PageClaim => ({
  id: `page:${i}`,
  source: 'page',
  kind: 'distance',
  text: '300 km',
  start: 0,
  end: 6,
  value: 300,
  qualifier: null,
  attribution: null,
  verdict,
  counts: { agree: 0, differ: 0 },
  outlets: [],
  notes: [],
});

const result = (verdicts: PageClaim['verdict'][], url = 'https://news.example/a'): TabResult => ({
  url,
  title: 'A',
  relevant: true,
  claims: verdicts.map(claim),
  highlights: 'on',
  paused: false,
  ownOutlet: null,
  scannedAt: Date.now(),
});

const fromTab = (tabId: number, frameId?: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, ...(frameId === undefined ? {} : { frameId }) });
const noReply = () => undefined;
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  it('stores a tab result and sets the badge to contradicted + disputed, red when any is contradicted', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted', 'disputed', 'supported', 'unverified']) }, fromTab(7), noReply);
    await settle();
    expect((await getTabResult(7))?.claims).toHaveLength(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xb3, 0x26, 0x1e, 255]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['disputed']) }, fromTab(8), noReply);
    await settle();
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 8 })).toEqual([0xb3, 0x5c, 0x00, 255]);
  });

  it('ignores malformed messages and messages from other extensions or without a tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: { ...result(['contradicted']), claims: 'lots' } }, fromTab(7), noReply);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted']) }, { id: 'someone-else', tab: { id: 7 } as never }, noReply);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted']) }, { id: fakeBrowser.runtime.id }, noReply);
    await settle();
    expect(await getTabResult(7)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('clears a tab on a new document or another address, keeps it when a single-page app already reported the new one', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted'], 'https://news.example/b') }, fromTab(3), noReply);
    await settle();
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: 'https://news.example/b#comments' }, {} as never);
    await settle();
    expect(await getTabResult(3)).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: 'https://news.example/c' }, {} as never);
    await settle();
    expect(await getTabResult(3)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');

    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted']) }, fromTab(4), noReply);
    await settle();
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, {} as never);
    await settle();
    expect(await getTabResult(4)).toBeNull();

    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted']) }, fromTab(5), noReply);
    await settle();
    await fakeBrowser.tabs.onRemoved.trigger(5, {} as never);
    await settle();
    expect(await getTabResult(5)).toBeNull();
  });

  it('a single-page app that reports its new address while the address change is handled keeps its result', async () => {
    // Found by the browser test: the address-change handler read the old result, the new one was
    // stored meanwhile, and the handler's clear then removed it.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['supported'], 'https://news.example/first') }, fromTab(6), noReply);
    await settle();
    const reported = fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted'], 'https://news.example/second') }, fromTab(6), noReply);
    const changed = fakeBrowser.tabs.onUpdated.trigger(6, { url: 'https://news.example/second' }, {} as never);
    await Promise.all([reported, changed]);
    await settle();
    expect((await getTabResult(6))?.url).toBe('https://news.example/second');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('1');
  });

  it('merges the frames of a tab: top frame first, subframe claims carry their frame, each frame replaces only its own', async () => {
    const top = result(['supported', 'contradicted'], 'https://news.example/story');
    const framed = { ...result(['disputed'], 'https://widgets.example/embed'), title: 'Embed' };
    // Sent at once, as frames do: neither store may lose the other's result.
    await Promise.all([
      fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: framed }, fromTab(9, 12), noReply),
      fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: top }, fromTab(9, 0), noReply),
    ]);
    await settle();
    const merged = (await getTabResult(9))!;
    expect(merged.url).toBe('https://news.example/story');
    expect(merged.title).toBe('A');
    expect(merged.claims.map((c) => c.id)).toEqual(['page:0', 'page:1', 'frame:12:page:0']);
    expect(merged.claims.map((c) => claimFrame(c.id))).toEqual([
      { frameId: 0, id: 'page:0' },
      { frameId: 0, id: 'page:1' },
      { frameId: 12, id: 'page:0' },
    ]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('2');
    // The frame reports again with nothing flagged: only its part changes.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: { ...framed, claims: [] } }, fromTab(9, 12), noReply);
    await settle();
    expect((await getTabResult(9))!.claims.map((c) => c.id)).toEqual(['page:0', 'page:1']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('1');
    // A new top document clears every frame.
    await fakeBrowser.tabs.onUpdated.trigger(9, { status: 'loading' }, {} as never);
    await settle();
    expect(await getTabResult(9)).toBeNull();
    expect(await fakeBrowser.storage.session.get(framesKey(9))).toEqual({});
  });

  it('a tab whose only report is from a subframe (an editor in an iframe) shows that frame', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-result', result: result(['contradicted'], 'https://editor.example/frame') }, fromTab(6, 3), noReply);
    await settle();
    const merged = (await getTabResult(6))!;
    expect(merged.url).toBe('https://editor.example/frame');
    expect(merged.claims.map((c) => c.id)).toEqual(['frame:3:page:0']);
  });
});

describe('mergeFrameResults', () => {
  it('is relevant when any frame is, keeps the newest scan time, caps the claims a result may hold', () => {
    const many = { ...result(Array(MAX_CLAIMS - 10).fill('supported')), relevant: false, scannedAt: 5 };
    const merged = mergeFrameResults({ 0: many, 4: { ...result(Array(50).fill('disputed')), scannedAt: 9 } })!;
    expect(merged.relevant).toBe(true);
    expect(merged.scannedAt).toBe(9);
    expect(merged.claims).toHaveLength(MAX_CLAIMS);
    expect(merged.claims.at(-1)!.id).toBe('frame:4:page:9');
    // The claims left out are still counted.
    expect(merged.total).toBe(MAX_CLAIMS + 40);
    expect(isTabResult(merged)).toBe(true);
    expect(mergeFrameResults({})).toBeNull();
  });

  it('adds up the frames\' totals; a tab whose claims all fit has none', () => {
    const capped = { ...result(Array(MAX_CLAIMS).fill('supported')), total: 50_000 };
    expect(isTabResult(capped)).toBe(true);
    expect(mergeFrameResults({ 0: capped, 2: result(['disputed']) })!.total).toBe(50_001);
    expect(mergeFrameResults({ 0: result(['disputed']), 2: result(['supported']) })!.total).toBeUndefined();
  });

  it('a total no larger than the claims carried, or not a whole number, is malformed', () => {
    expect(isTabResult({ ...result(['disputed', 'disputed']), total: 2 })).toBe(false);
    expect(isTabResult({ ...result(['disputed']), total: 2.5 })).toBe(false);
    expect(isTabResult({ ...result(['disputed']), total: '9' })).toBe(false);
  });
});
