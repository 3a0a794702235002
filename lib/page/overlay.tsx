/**
 * The content script's UI layer: one shadow-root host (WXT's
 * createShadowRootUi) appended to the <html> element, outside the page's
 * <body> and its text, created only when first needed. It renders the claim
 * card and the textarea draft panels with Preact. Styles are a constructed
 * stylesheet adopted by the shadow root (no <style> the page's CSP could block).
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ClaimCard, type CardPlacement } from '@/components/ClaimCard';
import { DraftPanel } from '@/components/DraftPanel';
import type { ReferenceSet } from '../engine/types';
import type { PageClaim } from '../messages';
import claimsCss from '@/components/claims.css?inline';
import overlayCss from './overlay.css?inline';

export interface CardState {
  claim: PageClaim;
  at: CardPlacement;
  focus: boolean;
  /** Opened by a click or the keyboard: stays until closed. Hover cards close when the pointer leaves. */
  pinned: boolean;
}

export interface DraftPanelState {
  key: string;
  claims: PageClaim[];
  at: { left: number; top: number; width: number };
}

export interface OverlayState {
  card: CardState | null;
  drafts: DraftPanelState[];
}

export interface OverlayHandlers {
  onCloseCard: () => void;
  /** Alt+Shift+N / Alt+Shift+P pressed inside the card (its key events don't reach the page). */
  onStep: (dir: 1 | -1) => void;
  onCardPointer: (inside: boolean) => void;
  onSelectDraftClaim: (claim: PageClaim) => void;
  onOpenDraftClaim: (claim: PageClaim) => void;
}

export interface Overlay {
  render(state: OverlayState): void;
  /** Whether a node is (in) the overlay's host. */
  owns(node: Node | null): boolean;
  remove(): void;
}

const HOST_NAME = 'crosscheck-ui';

function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Where constructed sheets are unavailable to content scripts, a <style> in the shadow root.
    const style = document.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  }
}

/** Creates the overlay lazily: nothing is added to the page until the first `render` with something to show. */
export function createOverlay(ctx: ContentScriptContext, reference: ReferenceSet, handlers: OverlayHandlers): Overlay {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
  let creating: Promise<void> | null = null;
  let latest: OverlayState = { card: null, drafts: [] };

  const paint = () => {
    const container = ui?.mounted;
    if (!container) return;
    const s = latest;
    render(
      <div class="cc-layer">
        {s.drafts.map((d) => (
          <DraftPanel key={d.key} claims={d.claims} at={d.at} onSelect={handlers.onSelectDraftClaim} onOpen={handlers.onOpenDraftClaim} />
        ))}
        {s.card ? (
          <ClaimCard
            claim={s.card.claim}
            reference={reference}
            at={s.card.at}
            focus={s.card.focus}
            onClose={handlers.onCloseCard}
            onStep={handlers.onStep}
            onPointerEnter={() => handlers.onCardPointer(true)}
            onPointerLeave={() => handlers.onCardPointer(false)}
          />
        ) : null}
      </div>,
      container,
    );
  };

  const ensure = () => {
    creating ??= (async () => {
      const made = await createShadowRootUi<HTMLElement>(ctx, {
        name: HOST_NAME,
        position: 'inline',
        anchor: 'html',
        append: 'last',
        inheritStyles: true,
        mode: 'open',
        isolateEvents: true,
        onMount(container, shadow) {
          adoptStyles(shadow, `${overlayCss}\n${claimsCss}`);
          return container;
        },
      });
      made.mount();
      ui = made;
    })();
    return creating;
  };

  return {
    render(state) {
      latest = state;
      if (ui) paint();
      else if (state.card || state.drafts.length) void ensure().then(paint);
    },
    owns(node) {
      const host = ui?.shadowHost;
      return !!host && !!node && (node === host || host.contains(node));
    },
    remove() {
      if (ui?.mounted) render(null, ui.mounted);
      ui?.remove();
      ui = null;
      creating = null;
    },
  };
}
