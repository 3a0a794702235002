/**
 * The reference set shipped with the extension and the `check` command,
 * validated on first use. A corrupt or mismatched file yields an error
 * message, never a crash. `pageReference` adds the sets a newsroom imported
 * (store.ts), so pages are checked against every loaded event.
 */
import data from '../../reference-data/reference.json';
import type { ReferenceSet } from '../engine/types';
import { withImported } from './combine';
import { importedReferences } from './store';
import { validateReference, type Loaded } from './validate';

let loaded: Loaded | null = null;

export function bundledReference(): Loaded {
  loaded ??= validateReference(data);
  return loaded;
}

/**
 * The bundled set with the imported ones beside it (`imported`; `check` then
 * reads each passage against the event it speaks of), and every set's outlets
 * listed, so a card can name any claim's outlets. The bundled set alone when
 * none is imported or storage cannot be read.
 */
export async function pageReference(imported: () => Promise<ReferenceSet[]> = importedReferences): Promise<Loaded> {
  const bundled = bundledReference();
  if (!bundled.ok) return bundled;
  let sets: ReferenceSet[] = [];
  try {
    sets = await imported();
  } catch (e) {
    console.warn(`Crosscheck: imported reference sets could not be read (${(e as Error)?.message ?? e}); checking against the bundled set only.`);
  }
  return sets.length === 0 ? bundled : { ok: true, reference: withImported(bundled.reference, sets) };
}
