/**
 * The content script's UI layer (card and draft panels, Preact), built as
 * its own file and imported by the content script only when a card or panel
 * is first shown (see lib/page/overlay-loader.ts). Evaluating it only hands
 * its factory to the content script's world.
 */
import { createOverlay } from '@/lib/page/overlay';
import { OVERLAY_FACTORY, type OverlayFactory } from '@/lib/page/overlay-loader';

export default defineUnlistedScript(() => {
  (globalThis as { [OVERLAY_FACTORY]?: OverlayFactory })[OVERLAY_FACTORY] = createOverlay;
});
