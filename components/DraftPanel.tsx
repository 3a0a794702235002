/**
 * The control for a draft typed in an editor: a small button anchored to the
 * editor's corner ("3 to check ▾") that opens a list of what to check, worst
 * first (contradicted, disputed, then unverified), each with the draft's
 * value, how many outlets agree and what the outlets say. Per issue: select
 * its words in the editor, open its card, dismiss it; for the draft: mark it
 * checked, close. A textarea's text cannot carry highlights, and an overlay
 * mirroring its text would have to copy its fonts, wrapping and scrolling
 * exactly to line up; a list is always right. Nothing here writes to the
 * editor. Where it goes is decided by lib/page/draft-placement.ts (never over
 * another field); this component only draws it.
 */
import { useRef } from 'preact/hooks';
import type { ReferenceSet } from '@/lib/engine/types';
import type { PageClaim } from '@/lib/messages';
import type { Box } from '@/lib/page/draft-placement';
import type { DraftControlState } from '@/lib/page/drafts';
import { answer, byValue, shortOutletName } from '@/lib/report';
import { pageValue } from './ClaimDetails';
import { VerdictTag } from './VerdictTag';

const px = (b: Box) => ({ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px` });

/** What the outlets say, grouped by value, by short name: "1,100 km: DW, IRIA; 500 km: Sunford Express". */
export function outletValues(claim: PageClaim, reference: ReferenceSet): string {
  return byValue(claim, claim.outlets, (id) => shortOutletName(reference, id))
    .map(([v, names]) => `${v}: ${names.join(', ')}`)
    .join('; ');
}

/** What the control shows (the drafts module's state but its key) and what it reports back. */
type DraftControlProps = Omit<DraftControlState, 'key'> & {
  id: string;
  reference: ReferenceSet;
  onToggle: () => void;
  onClose: () => void;
  onSelect: (claim: PageClaim) => void;
  onOpen: (claim: PageClaim) => void;
  onDismiss: (claim: PageClaim) => void;
  onChecked: () => void;
};

export function DraftControl(props: DraftControlProps) {
  const n = props.issues.length;
  const toggleRef = useRef<HTMLButtonElement>(null);
  /** Closing the list from inside it gives focus back to the control. */
  const andFocusToggle = (f: () => void) => () => {
    f();
    toggleRef.current?.focus();
  };
  const listId = `cc-draft-${props.id.replace(/[^a-z0-9]/gi, '-')}`;
  const label = props.checked ? '✓ checked' : n === 0 ? '✓ nothing to check' : `${n} to check`;
  return (
    <div class="cc-draft" data-key={props.id}>
      <button
        ref={toggleRef}
        type="button"
        class="cc-draft-toggle"
        data-state={props.checked ? 'checked' : n === 0 ? 'clear' : 'issues'}
        style={{ ...px(props.closedAt), height: `${props.closedAt.height}px` }}
        aria-expanded={props.open}
        aria-controls={props.open ? listId : undefined}
        onClick={props.onToggle}
      >
        <span class="cc-sr">Crosscheck: </span>
        {label}
        <span class="cc-sr"> in this draft{props.supported ? `, ${props.supported} supported` : ''}</span> <span aria-hidden="true">{props.open ? '▴' : '▾'}</span>
      </button>
      {props.open ? (
        <section
          id={listId}
          class="cc-draft-list"
          aria-label="Crosscheck: claims to check in this draft"
          style={{ ...px(props.openAt), maxHeight: `${props.openAt.height}px` }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              andFocusToggle(props.onClose)();
            }
          }}
        >
          <p class="cc-draft-head">
            {n === 0 ? 'Nothing to check in this draft' : `${n} to check in this draft`}
            {props.supported ? `, ${props.supported} supported` : ''}
          </p>
          <ul>
            {props.issues.map((c) => (
              <li key={c.id} data-verdict={c.verdict}>
                <VerdictTag verdict={c.verdict} />{' '}
                <button type="button" class="cc-linklike" onClick={() => props.onSelect(c)}>
                  “{c.text}”
                </button>{' '}
                <span class="cc-muted">({pageValue(c)})</span>
                <div class="cc-draft-agree">{answer(c, props.reference).agreement}</div>
                {c.outlets.length ? <div class="cc-draft-values">Outlets: {outletValues(c, props.reference)}</div> : null}
                <div class="cc-draft-actions">
                  <button type="button" class="cc-linklike" onClick={() => props.onOpen(c)} aria-label={`Details for “${c.text}”`}>
                    details
                  </button>{' '}
                  <button type="button" class="cc-linklike" onClick={() => props.onDismiss(c)} aria-label={`Dismiss “${c.text}”`}>
                    dismiss
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <div class="cc-draft-foot">
            <button type="button" class="cc-button" onClick={andFocusToggle(props.onChecked)}>
              Mark draft checked
            </button>{' '}
            <button type="button" class="cc-button" onClick={andFocusToggle(props.onClose)}>
              Close
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
