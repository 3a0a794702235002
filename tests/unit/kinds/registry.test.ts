/** The registry lists every kind once, and its finders run in the order the engine always ran them. */
import { describe, expect, it } from 'vitest';
import { FINDERS, KINDS, REGISTRY, kindModule } from '../../../lib/engine/kinds/index';
import { CLAIM_KINDS } from '../../../lib/engine/types';

describe('kind registry', () => {
  it('has one module per kind in CLAIM_KINDS, and no other', () => {
    expect([...REGISTRY.map((k) => k.kind)].sort()).toEqual([...CLAIM_KINDS].sort());
    for (const kind of CLAIM_KINDS) expect(KINDS[kind].kind).toBe(kind);
  });

  it('runs each finder once, where its first kind stands', () => {
    expect(new Set(FINDERS).size).toBe(FINDERS.length);
    expect(FINDERS[0]).toBe(KINDS.distance.find[0]);
    expect(FINDERS.indexOf(KINDS.speed.find[0]!)).toBeLessThan(FINDERS.indexOf(KINDS.date.find[0]!));
    expect(FINDERS[FINDERS.length - 1]).toBe(KINDS.reaction.find[0]);
  });

  it('knows no kind by a name that is none', () => {
    expect(kindModule('toString')).toBeUndefined();
    expect(kindModule('distance')).toBe(KINDS.distance);
  });
});
