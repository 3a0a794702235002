/** Missile type: range classes exclude each other; ballistic and hypersonic are facets of their own. */
import { describe, expect, it } from 'vitest';
import { missileType } from '../../../lib/engine/kinds/missile-type';
import { found, value } from './support';

describe('missile-type', () => {
  it('is found for this missile, not for a class in general', () => {
    expect(found('missile-type', 'North Korea fired an intermediate-range ballistic missile.')).toEqual(['intermediate-range', 'ballistic']);
    expect(found('missile-type', 'Intermediate-range missiles can fly 3,000 km.')).toEqual([]);
  });

  it('compares within a facet only', () => {
    expect(missileType.stance(value('missile-type', 'short-range'), value('missile-type', 'intermediate-range'))).toBe('differ');
    expect(missileType.stance(value('missile-type', 'ballistic'), value('missile-type', 'intermediate-range'))).toBeNull();
    expect(missileType.stance(value('missile-type', 'hypersonic'), value('missile-type', 'hypersonic'))).toBe('agree');
  });

  it('is shown as written and validated as text', () => {
    expect(missileType.show('ballistic')).toBe('ballistic');
    expect(missileType.validate(3)).not.toBeNull();
  });
});
