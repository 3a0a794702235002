/** The region data (reference-data/region.json): valid as committed, refused with the field named when damaged. */
import { describe, expect, it } from 'vitest';
import data from '../../reference-data/region.json';
import { REGION, validateRegion } from '../../lib/engine/region';

describe('region data', () => {
  it('is valid and compiles its sources in their order', () => {
    expect(REGION.sources[0]!.id).toBe('kcna');
    expect(REGION.sources.every((s) => s.pattern.flags.includes('g'))).toBe(true);
    expect(REGION.people.length).toBeGreaterThanOrEqual(10);
    expect(REGION.places.sites.some((s) => s.name === REGION.places.capital)).toBe(true);
    expect(REGION.places.seas.some((s) => s.name === REGION.places.between)).toBe(true);
  });

  const good = () => structuredClone(data) as Record<string, any>;
  it.each<[string, (d: Record<string, any>) => void, RegExp]>([
    ['another version', (d) => (d.version = 2), /region\.json: version must be 1/],
    ['no sources', (d) => (d.sources = []), /sources must be a non-empty list/],
    ['a source in no camp', (d) => (d.sources[1].camp = 'neutral'), /source kim-jong-un: camp must be north-korea or observers/],
    ['a source with a broken pattern', (d) => (d.sources[2].pattern = '(unclosed'), /source north-korea has a bad pattern/],
    ['a person with no office', (d) => delete d.people[0].office, /person 0 needs a name, aliases and an office/],
    ['no seas', (d) => (d.places.seas = []), /places\.seas must be a non-empty list/],
    ['no capital', (d) => delete d.places.capital, /places needs capital and between/],
  ])('refuses %s', (_name, change, message) => {
    const d = good();
    change(d);
    expect(() => validateRegion(d)).toThrow(message);
  });
});
