/**
 * The card shown over the page for one highlighted claim, in the content
 * script's shadow-root UI. Positioned next to the claim's words; a dialog
 * that closes on Escape or its close button and returns focus. The answer
 * comes first (ClaimDetails), a legend of the marks last.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ReferenceSet } from '@/lib/engine/types';
import type { PageClaim } from '@/lib/messages';
import { ClaimDetails } from './ClaimDetails';
import { Legend } from './Legend';

export interface CardPlacement {
  /** The claim's box in viewport pixels. */
  top: number;
  bottom: number;
  left: number;
}

export function ClaimCard(props: {
  claim: PageClaim;
  reference: ReferenceSet;
  at: CardPlacement;
  /** Move keyboard focus into the card (opened from the keyboard). */
  focus: boolean;
  onClose: () => void;
  /** Step to the next (1) or previous (-1) claim. */
  onStep?: (dir: 1 | -1) => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [props.claim.id, props.focus]);
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const width = Math.min(380, vw - 16);
  const left = Math.max(8, Math.min(props.at.left, vw - width - 8));
  const below = props.at.bottom + 8;
  const style = below + 220 < vh || props.at.top < vh / 2 ? { top: `${below}px` } : { bottom: `${vh - props.at.top + 8}px` };
  const headingId = `cc-card-${props.claim.id.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <div
      ref={ref}
      class="cc-card"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      style={{ ...style, left: `${left}px`, width: `${width}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        } else if (props.onStep && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
          e.preventDefault();
          props.onStep(e.code === 'KeyN' ? 1 : -1);
        }
      }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <button type="button" class="cc-close" aria-label="Close" onClick={props.onClose}>
        ×
      </button>
      <ClaimDetails claim={props.claim} reference={props.reference} headingId={headingId} idPrefix={headingId} />
      <Legend compact />
      <p class="cc-muted cc-foot">Crosscheck · Esc: close · next / previous claim: the shortcuts set for Crosscheck in the browser</p>
    </div>
  );
}
