/**
 * Checks reference data when it is loaded: the bundled file could be corrupt
 * or from another version. Returns the set, or a message a person can act on.
 */
import { CLAIM_KINDS, type ReferenceSet } from '../engine/types';

export type Loaded = { ok: true; reference: ReferenceSet } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateReference(data: unknown): Loaded {
  const fail = (error: string): Loaded => ({ ok: false, error: `Reference data is unusable: ${error}` });
  if (!isObject(data)) return fail('it is not a JSON object.');
  if (data.version !== 1) return fail(`version ${JSON.stringify(data.version)} is not the version this build reads (1).`);
  if (!Array.isArray(data.outlets) || data.outlets.length === 0) return fail('it lists no outlets.');
  const ids = new Set<string>();
  for (const [i, o] of data.outlets.entries()) {
    if (!isObject(o) || typeof o.id !== 'string' || typeof o.name !== 'string') return fail(`outlet ${i} has no id or name.`);
    ids.add(o.id);
  }
  if (!Array.isArray(data.claims)) return fail('it has no list of claims.');
  const kinds = new Set<string>(CLAIM_KINDS);
  for (const [i, c] of data.claims.entries()) {
    if (!isObject(c)) return fail(`claim ${i} is not an object.`);
    if (typeof c.outlet !== 'string' || !ids.has(c.outlet)) return fail(`claim ${i} names an unknown outlet ${JSON.stringify(c.outlet)}.`);
    if (typeof c.kind !== 'string' || !kinds.has(c.kind)) return fail(`claim ${i} has an unknown kind ${JSON.stringify(c.kind)}.`);
    if (typeof c.value !== 'number' && typeof c.value !== 'string') return fail(`claim ${i} has no value.`);
    if (typeof c.quote !== 'string' || c.quote.length === 0) return fail(`claim ${i} has no quote from its seed.`);
    if (typeof c.text !== 'string' || typeof c.start !== 'number' || typeof c.end !== 'number' || c.end < c.start) return fail(`claim ${i} has no valid text and offsets.`);
    if (c.attribution !== null && !(isObject(c.attribution) && typeof c.attribution.id === 'string' && (c.attribution.camp === 'north-korea' || c.attribution.camp === 'observers')))
      return fail(`claim ${i} has a malformed attribution.`);
  }
  return { ok: true, reference: data as unknown as ReferenceSet };
}
