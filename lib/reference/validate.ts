/**
 * Checks reference data when it is loaded: the bundled file could be corrupt
 * or from another version, an imported one anything at all. The event's data
 * it carries is checked as an event file's is (launches.ts). Returns the set, or the reason it cannot
 * be used, in words a person can act on. Never throws, whatever it is given.
 */
import { kindModule } from '../engine/kinds/index';
import { validateLaunches } from '../engine/launches';
import { CLAIM_KINDS, type ReferenceSet } from '../engine/types';

export type Loaded = { ok: true; reference: ReferenceSet } | { ok: false; reason: string; error: string };

/** What the popup, side panel and card say when the bundled reference set cannot be used. */
export const damagedMessage = (reason: string) => `Crosscheck's reference data is damaged: ${reason}. Reinstall the extension.`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNullableString = (v: unknown) => v === null || typeof v === 'string';

/** The first thing wrong with `data` as a reference set, or null. */
function problem(data: unknown): string | null {
  if (!isObject(data)) return `it is not a JSON object (it is ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`})`;
  if (data.version !== 2) return `version ${JSON.stringify(data.version) ?? 'missing'} is not the version this build reads (2)`;
  if (typeof data.hash !== 'string' || !/^[0-9a-f]{64}$/.test(data.hash)) return 'it has no version hash';
  if (!isObject(data.event) || typeof data.event.date !== 'string') return 'it does not say which event it is about';
  try {
    validateLaunches(data, 'its event data');
  } catch (e) {
    return (e as Error).message;
  }
  if (!Array.isArray(data.outlets) || data.outlets.length === 0) return 'it lists no outlets';
  const ids = new Set<string>();
  for (const [i, o] of data.outlets.entries()) {
    if (!isObject(o) || typeof o.id !== 'string' || o.id === '' || typeof o.name !== 'string') return `outlet ${i} has no id or name`;
    if (!isNullableString(o.url) || typeof o.headline !== 'string' || typeof o.date !== 'string') return `outlet ${o.id} has a malformed address, headline or date`;
    if (ids.has(o.id)) return `outlet ${o.id} is listed twice`;
    ids.add(o.id);
  }
  if (!Array.isArray(data.claims)) return 'it has no list of claims';
  const kinds = new Set<string>(CLAIM_KINDS);
  for (const [i, c] of data.claims.entries()) {
    if (!isObject(c)) return `claim ${i} is not an object`;
    if (typeof c.outlet !== 'string' || !ids.has(c.outlet)) return `claim ${i} names an unknown outlet ${JSON.stringify(c.outlet) ?? '(none)'}`;
    if (typeof c.kind !== 'string' || !kinds.has(c.kind)) return `claim ${i} has an unknown kind ${JSON.stringify(c.kind) ?? '(none)'}`;
    if (!((typeof c.value === 'number' && Number.isFinite(c.value)) || (typeof c.value === 'string' && c.value !== ''))) return `claim ${i} has no value`;
    const invalid = kindModule(c.kind)?.validate(c.value);
    if (invalid) return `claim ${i}'s value ${JSON.stringify(c.value)} ${invalid} (kind ${c.kind})`;
    if (typeof c.quote !== 'string' || c.quote.length === 0) return `claim ${i} has no quote from its seed`;
    if (typeof c.text !== 'string' || !isOffset(c.start) || !isOffset(c.end) || c.end < c.start) return `claim ${i} has no valid text and offsets`;
    if (!isNullableString(c.qualifier)) return `claim ${i} has a malformed qualifier`;
    if (c.attribution !== null && !(isObject(c.attribution) && typeof c.attribution.id === 'string' && typeof c.attribution.name === 'string' && (c.attribution.camp === 'north-korea' || c.attribution.camp === 'observers')))
      return `claim ${i} has a malformed attribution`;
    if (c.detail !== undefined && !isObject(c.detail)) return `claim ${i} has malformed details`;
    if (isObject(c.detail) && c.detail.tolerance !== undefined && !(typeof c.detail.tolerance === 'number' && Number.isFinite(c.detail.tolerance) && c.detail.tolerance >= 0))
      return `claim ${i} has a malformed tolerance`;
  }
  if (data.fingerprints !== undefined) {
    if (!isObject(data.fingerprints)) return 'its fingerprints are malformed';
    for (const [id, list] of Object.entries(data.fingerprints)) {
      if (!ids.has(id)) return `it has a fingerprint for an unknown outlet ${JSON.stringify(id)}`;
      if (!Array.isArray(list) || list.some((h) => !Number.isInteger(h) || h < 0 || h > 0xffffffff)) return `the fingerprint of ${id} is malformed`;
    }
  }
  return null;
}

export function validateReference(data: unknown): Loaded {
  let reason: string | null;
  try {
    reason = problem(data);
  } catch (e) {
    // Only an exotic object (a throwing getter) gets here; JSON cannot make one.
    reason = `it could not be read (${(e as Error)?.message ?? String(e)})`;
  }
  if (reason === null) return { ok: true, reference: data as ReferenceSet };
  return { ok: false, reason, error: `Reference data is unusable: ${reason}.` };
}
