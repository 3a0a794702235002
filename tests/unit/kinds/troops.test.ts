/** Troops: counts of soldiers sent, told from casualties by the harm after them. */
import { describe, expect, it } from 'vitest';
import { troops } from '../../../lib/engine/kinds/troops';
import { found, value } from './support';

describe('troops', () => {
  it('is found as a count of soldiers, not of the harmed', () => {
    expect(found('troops', 'More than 10,000 troops have been sent to Russia.')).toEqual([10000]);
    expect(found('troops', 'More than 1,000 troops were killed.')).toEqual([]);
  });

  it('compares as a figure, with its hedge', () => {
    expect(troops.stance(value('troops', 10000, { qualifier: 'more than', detail: { tolerance: 500 } }), value('troops', 11000))).toBe('agree');
    expect(troops.stance(value('troops', 1000), value('troops', 11000))).toBe('differ');
  });

  it('is shown as a number and validated as a figure', () => {
    expect(troops.show(10000)).toBe('10,000');
    expect(troops.validate(null)).not.toBeNull();
  });
});
