/** Distance: found with its unit, compared within rounding and hedges, shown in km, validated as a figure. */
import { describe, expect, it } from 'vitest';
import { distance } from '../../../lib/engine/kinds/distance';
import { found, value } from './support';

describe('distance', () => {
  it('is found in km or miles, converted to km', () => {
    expect(found('distance', 'The missile flew about 1,100 kilometres before landing.')).toEqual([1100]);
    expect(found('distance', 'The missile flew 680 miles.')).toEqual([1094]);
    expect(found('distance', 'The budget rose 4 per cent.')).toEqual([]);
  });

  it('agrees within the rounding, differs beyond it', () => {
    const ref = value('distance', 1100, { detail: { tolerance: 50 } });
    expect(distance.stance(value('distance', 1094, { detail: { tolerance: 8 } }), ref)).toBe('agree');
    expect(distance.stance(value('distance', 500, { detail: { tolerance: 50 } }), ref)).toBe('differ');
  });

  it('is shown in km', () => expect(distance.show(1100)).toBe('1,100 km'));

  it('accepts figures only', () => {
    expect(distance.validate(1100)).toBeNull();
    expect(distance.validate('far')).not.toBeNull();
    expect(distance.validate(-5)).not.toBeNull();
  });
});
