/**
 * The lazily loaded card layer: nothing is imported until there is a card or
 * a draft panel to show, the module is imported once, and a failed import
 * leaves the page alone.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLazyOverlay, type Overlay, type OverlayFactory, type OverlayState } from '../../lib/page/overlay-loader';
import type { PageClaim } from '../../lib/messages';
import { bundledReference } from '../../lib/reference/bundled';

const loaded = bundledReference();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.reference;
const ctx = {} as ContentScriptContext;
const handlers = { onCloseCard() {}, onStep() {}, onCardPointer() {}, onSelectDraftClaim() {}, onOpenDraftClaim() {} };

const claim = { id: 'page:0', source: 'page', kind: 'distance', text: '1,100 km', start: 0, end: 8, value: 1100, qualifier: null, attribution: null, verdict: 'supported', outlets: [], notes: [] } as PageClaim;
const withCard: OverlayState = { card: { claim, at: { top: 0, bottom: 10, left: 0 }, focus: false, pinned: true }, drafts: [] };
const empty: OverlayState = { card: null, drafts: [] };

function fakeOverlay() {
  const host = { id: 'host' } as unknown as Node;
  const real: Overlay & { states: OverlayState[]; removed: boolean } = {
    states: [],
    removed: false,
    render(s) {
      this.states.push(s);
    },
    owns: (node) => node === host,
    remove() {
      this.removed = true;
    },
  };
  return { real, host };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createLazyOverlay', () => {
  it('imports nothing while there is nothing to show', async () => {
    const load = vi.fn<() => Promise<OverlayFactory>>();
    const overlay = createLazyOverlay(ctx, reference, handlers, load);
    overlay.render(empty);
    overlay.render(empty);
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(overlay.owns({} as Node)).toBe(false);
  });

  it('imports once on the first card, then renders the latest state and forwards later ones', async () => {
    const { real, host } = fakeOverlay();
    const factory = vi.fn<OverlayFactory>(() => real);
    const load = vi.fn(async () => factory);
    const overlay = createLazyOverlay(ctx, reference, handlers, load);
    overlay.render(withCard);
    overlay.render(withCard);
    expect(overlay.owns(host)).toBe(false);
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(factory).toHaveBeenCalledWith(ctx, reference, handlers);
    expect(real.states).toEqual([withCard]);
    expect(overlay.owns(host)).toBe(true);
    overlay.render(empty);
    expect(real.states.at(-1)).toEqual(empty);
    overlay.remove();
    expect(real.removed).toBe(true);
    expect(overlay.owns(host)).toBe(false);
  });

  it('a failed import is reported, not thrown, and nothing is created', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const overlay = createLazyOverlay(ctx, reference, handlers, () => Promise.reject(new Error('gone')));
    expect(() => overlay.render(withCard)).not.toThrow();
    await settle();
    expect(warn).toHaveBeenCalled();
    expect(overlay.owns({} as Node)).toBe(false);
    warn.mockRestore();
  });

  it('removed before the import finished: the loaded module is never instantiated', async () => {
    const factory = vi.fn<OverlayFactory>(() => fakeOverlay().real);
    const overlay = createLazyOverlay(ctx, reference, handlers, async () => factory);
    overlay.render(withCard);
    overlay.remove();
    await settle();
    expect(factory).not.toHaveBeenCalled();
  });
});
