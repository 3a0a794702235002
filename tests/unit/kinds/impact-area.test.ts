/** Impact area: the sea it fell in, and in or out of Japan's EEZ, as separate questions. */
import { describe, expect, it } from 'vitest';
import { impactArea, placeFacet } from '../../../lib/engine/kinds/impact-area';
import { found, value } from './support';

describe('impact-area', () => {
  it('is found with a landing verb, or by itself between the peninsula and Japan', () => {
    expect(found('impact-area', 'The missile landed in the East Sea.')).toEqual(['Sea of Japan (East Sea)']);
    expect(found('impact-area', 'It fell outside Japan\'s exclusive economic zone.')).toEqual(["outside Japan's EEZ"]);
    expect(found('impact-area', 'Ships sail the Yellow Sea.')).toEqual([]);
  });

  it('compares within a facet only', () => {
    expect(placeFacet("inside Japan's EEZ")).toBe('eez');
    expect(impactArea.stance(value('impact-area', "outside Japan's EEZ"), value('impact-area', 'Sea of Japan (East Sea)'))).toBeNull();
    expect(impactArea.stance(value('impact-area', 'Yellow Sea (West Sea)'), value('impact-area', 'Sea of Japan (East Sea)'))).toBe('differ');
  });

  it('is shown as written and validated as text', () => {
    expect(impactArea.show('Pacific Ocean')).toBe('Pacific Ocean');
    expect(impactArea.validate(null)).not.toBeNull();
  });
});
