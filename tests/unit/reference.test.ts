/** The committed reference set: fresh, valid, quoted from its seeds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReference, serialise, type Override } from '../../lib/reference/build';
import { validateReference } from '../../lib/reference/validate';
import type { Outlet } from '../../lib/engine/types';

const root = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const outlets = JSON.parse(read('seeds/outlets.json')) as Outlet[];
const committed = read('reference-data/reference.json');

describe('reference-data', () => {
  it('is what npm run build:reference makes from seeds/ today (run it if this fails)', () => {
    const overrides = JSON.parse(read('reference-data/overrides.json')) as Override[];
    expect(serialise(buildReference(outlets, (f) => read(`seeds/${f}`), overrides))).toBe(committed);
  });

  it('passes validation', () => {
    expect(validateReference(JSON.parse(committed)).ok).toBe(true);
  });

  it('quotes every claim from its seed, at its offsets', () => {
    const data = JSON.parse(committed) as { claims: { outlet: string; text: string; start: number; end: number; quote: string }[] };
    for (const c of data.claims) {
      const seed = read(`seeds/${outlets.find((o) => o.id === c.outlet)!.file}`);
      expect(seed.slice(c.start, c.end)).toBe(c.text);
      expect(seed).toContain(c.quote);
    }
  });

  it('keeps the seeds unchanged from the shared copy', () => {
    for (const o of outlets) expect(read(`seeds/${o.file}`)).toBe(readFileSync(join(root, '../shared/seeds', o.file), 'utf8'));
  });

  it.each([
    [null, /not a JSON object/],
    [{ version: 2, outlets: [], claims: [] }, /version 2/],
    [{ version: 1, outlets: [{ id: 'a', name: 'A' }], claims: [{ outlet: 'b' }] }, /unknown outlet/],
    [{ version: 1, outlets: [{ id: 'a', name: 'A' }], claims: [{ outlet: 'a', kind: 'weather', value: 1 }] }, /unknown kind/],
    [{ version: 1, outlets: [{ id: 'a', name: 'A' }], claims: [{ outlet: 'a', kind: 'distance', value: 1, quote: '' }] }, /no quote/],
  ])('rejects malformed data %#', (data, message) => {
    const r = validateReference(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
