/**
 * Impact area: where the missile came down ("the Sea of Japan", "waters
 * between the Korean Peninsula and Japan", "outside Japan's EEZ"). The sea
 * it fell in and whether that was inside Japan's exclusive economic zone are
 * separate questions, compared apart. The finder and the gazetteer of seas
 * stay in places.ts, beside the table of places.
 */
import { impactArea as impactAreaFinder } from './places';
import { showAsIs, validText, type KindModule } from './kind';

/** Sea areas exclude each other; in or out of Japan's EEZ is a separate question. */
export function placeFacet(value: string): string {
  return value.includes('EEZ') ? 'eez' : 'sea';
}

export const impactArea: KindModule = {
  kind: 'impact-area',
  find: [impactAreaFinder],
  camped: true,
  stance: (claim, ref) => {
    if (placeFacet(String(claim.value)) !== placeFacet(String(ref.value))) return null;
    return claim.value === ref.value ? 'agree' : 'differ';
  },
  show: showAsIs,
  validate: validText,
};
