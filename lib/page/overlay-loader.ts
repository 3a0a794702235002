/**
 * The content script's handle on its UI layer (lib/page/overlay.tsx), which
 * is not in the content script's bundle: Preact, the card and the draft
 * panels are a separate file (entrypoints/overlay.ts → /overlay.js) loaded
 * with a dynamic import the first time there is something to show. Most
 * pages never open a card, and the content script that runs on every page
 * stays small.
 *
 * The imported module runs in the content script's own world (not the
 * page's) and hands over its factory on that world's global object under a
 * registered symbol; the page cannot see or replace it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReferenceSet } from '../engine/types';
import type { Overlay, OverlayHandlers, OverlayState } from './overlay';

export type { CardState, DraftPanelState, Overlay, OverlayHandlers, OverlayState } from './overlay';

export type OverlayFactory = (ctx: ContentScriptContext, reference: ReferenceSet, handlers: OverlayHandlers) => Overlay;

/** Where /overlay.js leaves its factory. */
export const OVERLAY_FACTORY = Symbol.for('crosscheck.overlay-factory');

/** Loads the UI module once; resolves to its factory. */
export type LoadOverlay = () => Promise<OverlayFactory>;

export const importOverlay: LoadOverlay = async () => {
  const holder = globalThis as { [OVERLAY_FACTORY]?: OverlayFactory };
  if (!holder[OVERLAY_FACTORY]) await import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js'));
  const factory = holder[OVERLAY_FACTORY];
  if (!factory) throw new Error('the overlay module did not register itself');
  return factory;
};

/**
 * An `Overlay` that loads the real one on the first `render` with a card or
 * a draft panel in it, then forwards to it. Until then it owns no node and
 * renders nothing. If loading fails (the extension was updated and its old
 * files are gone), the page is left alone and the claims stay in the popup.
 */
export function createLazyOverlay(
  ctx: ContentScriptContext,
  reference: ReferenceSet,
  handlers: OverlayHandlers,
  load: LoadOverlay = importOverlay,
): Overlay {
  let real: Overlay | null = null;
  let loading: Promise<void> | null = null;
  let latest: OverlayState = { card: null, drafts: [] };
  let removed = false;

  const ensure = () => {
    loading ??= load().then(
      (factory) => {
        if (removed) return;
        real = factory(ctx, reference, handlers);
        real.render(latest);
      },
      (err: unknown) => console.warn('Crosscheck: the card could not be loaded', err),
    );
  };

  return {
    render(state) {
      latest = state;
      if (real) real.render(state);
      else if (state.card || state.drafts.length > 0) ensure();
    },
    owns: (node) => !!real && real.owns(node),
    remove() {
      removed = true;
      real?.remove();
      real = null;
    },
  };
}
