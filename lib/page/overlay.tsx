/**
 * The content script's UI layer: one shadow-root host (WXT's
 * createShadowRootUi) appended to the <html> element, outside the page's
 * <body> and its text, created only when first needed. It renders the claim
 * card, the draft controls (components/DraftPanel.tsx) and a polite live
 * region (what a scan found, what a step found) with Preact. Styles are a
 * constructed stylesheet adopted by the shadow root (no <style> the page's
 * CSP could block).
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ClaimCard, type CardPlacement } from '@/components/ClaimCard';
import { DraftControl } from '@/components/DraftPanel';
import type { ReferenceSet } from '../engine/types';
import type { PageClaim } from '../messages';
import type { DraftControlState } from './drafts';
import claimsCss from '@/components/claims.css?inline';
import overlayCss from './overlay.css?inline';

export interface CardState {
  claim: PageClaim;
  at: CardPlacement;
  focus: boolean;
  /** Opened by a click or the keyboard: stays until closed. Hover cards close when the pointer leaves. */
  pinned: boolean;
}

export interface OverlayState {
  card: CardState | null;
  drafts: DraftControlState[];
  /** What the polite live region says ('' for nothing). */
  announcement: string;
}

export interface OverlayHandlers {
  onCloseCard: () => void;
  /** The card's own step keys (inside the card only: its key events don't reach the page). */
  onStep: (dir: 1 | -1) => void;
  onCardPointer: (inside: boolean) => void;
  onSelectDraftClaim: (claim: PageClaim) => void;
  onOpenDraftClaim: (claim: PageClaim) => void;
  onDraftToggle: (key: string) => void;
  onDraftClose: (key: string) => void;
  onDraftDismiss: (key: string, claim: PageClaim) => void;
  onDraftChecked: (key: string, issues: PageClaim[]) => void;
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
  let latest: OverlayState = { card: null, drafts: [], announcement: '' };
  /** The live region is drawn empty first, then filled, so screen readers notice the change. */
  let regionReady = false;

  const paint = () => {
    const container = ui?.mounted;
    if (!container) return;
    const s = latest;
    render(
      <div class="cc-layer">
        <div class="cc-sr" role="status" aria-live="polite">
          {regionReady ? s.announcement : ''}
        </div>
        {s.drafts.map((d) => (
          <DraftControl
            key={d.key}
            id={d.key}
            issues={d.issues}
            supported={d.supported}
            open={d.open}
            checked={d.checked}
            closedAt={d.closedAt}
            openAt={d.openAt}
            reference={reference}
            onToggle={() => handlers.onDraftToggle(d.key)}
            onClose={() => handlers.onDraftClose(d.key)}
            onSelect={handlers.onSelectDraftClaim}
            onOpen={handlers.onOpenDraftClaim}
            onDismiss={(c) => handlers.onDraftDismiss(d.key, c)}
            onChecked={() => handlers.onDraftChecked(d.key, d.issues)}
          />
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
      paint();
      setTimeout(() => {
        regionReady = true;
        paint();
      }, 150);
    })();
    return creating;
  };

  return {
    render(state) {
      latest = state;
      if (ui) paint();
      else if (state.card || state.drafts.length || state.announcement) void ensure();
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
      regionReady = false;
    },
  };
}
