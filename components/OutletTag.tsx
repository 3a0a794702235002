/**
 * An outlet as a short tag ("DW") with its full name ("DW (Deutsche
 * Welle)") as a tooltip on hover and on keyboard focus, and for screen
 * readers in place of the short one.
 */
import type { ReferenceSet } from '@/lib/engine/types';
import { outletName, shortOutletName } from '@/lib/report';

export function OutletTag({ reference, outlet, stance, value }: { reference: ReferenceSet; outlet: string; stance: 'agree' | 'differ'; value?: string }) {
  const full = outletName(reference, outlet);
  const short = shortOutletName(reference, outlet);
  return (
    <span class={`cc-otag cc-otag-${stance}`} title={full} data-full={full} tabIndex={0}>
      <span aria-hidden="true">{short}</span>
      <span class="cc-sr">{full}</span>
      {value ? <span>: {value}</span> : null}
    </span>
  );
}
