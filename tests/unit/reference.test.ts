/** The committed reference set: fresh, valid, quoted from its seeds. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReference, serialise, type Article, type Override } from '../../lib/reference/build';
import { validateEventFile } from '../../lib/reference/event-file';
import { damagedMessage, validateReference } from '../../lib/reference/validate';

const root = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const event = validateEventFile(JSON.parse(read('reference-data/event.json')), 'event.json');
const outlets = event.outlets as { id: string; file: string }[];
const committed = read('reference-data/reference.json');

describe('reference-data', () => {
  it('is what npm run build:reference makes from seeds/ today (run it if this fails)', () => {
    const overrides = JSON.parse(read('reference-data/overrides.json')) as Override[];
    const articles = new Map<string, Article>(outlets.map((o) => [o.id, { file: o.file, text: read(`seeds/${o.file}`) }]));
    expect(serialise(buildReference(event, articles, overrides))).toBe(committed);
  });

  it("lists the seeds' outlets as seeds/outlets.json records them (the event file adds short names)", () => {
    const recorded = JSON.parse(read('seeds/outlets.json')) as Record<string, unknown>[];
    expect(event.outlets.map(({ short: _short, ...o }) => o)).toEqual(recorded);
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

  it('keeps the seeds unchanged: their SHA-256 is that of the shared copy, recorded here (tests read only the repository)', () => {
    const SHARED_SHA256: Record<string, string> = {
      '000_9b0e4c925f817b49.txt': 'fffbe5ca0c1904b26e67e65dd68232e6d989fcb0b87330726433ddbac9be6fce',
      '001_8a957356493d5bd7.txt': '4f43c4ccebb478b7dc0c99b36b998925aaa9cb2069e357e96d7909c1d9943c9a',
      '002_394e4a30409d2d18.txt': '5206ad06b377eb8bac961e47014f9be60c44e883ab17e143f5bf3c566a0829e9',
      '003_7a91261208e939d9.txt': '2ffa6e935b1830c50d2a36a1df503a331b41a3b9fd4299d1df66d46208787988',
      '004_6bbcbcdbbaa050c5.txt': 'f90403ac01dc5cc9cc9b03d0d4b75df4cea8957a0347aee3768c51b4ee763457',
    };
    for (const o of outlets) expect(createHash('sha256').update(readFileSync(join(root, 'seeds', o.file))).digest('hex'), o.file).toBe(SHARED_SHA256[o.file]);
  });
});

describe('validateReference on corrupt or mismatched data', () => {
  type Data = Record<string, unknown> & { outlets: Record<string, unknown>[]; claims: Record<string, unknown>[] };
  /** The committed set, changed by `f`: each case breaks one thing in otherwise good data. */
  const broken = (f: (d: Data) => void): unknown => {
    const d = JSON.parse(committed) as Data;
    f(d);
    return d;
  };

  it.each<[string, unknown, RegExp]>([
    ['not JSON-shaped at all: null', null, /not a JSON object \(it is null\)/],
    ['not JSON-shaped at all: a string', 'reference.json', /not a JSON object \(it is a string\)/],
    ['not JSON-shaped at all: an array', [1, 2, 3], /not a JSON object \(it is an array\)/],
    ['a number', 42, /it is a number/],
    ['a newer version', broken((d) => (d.version = 3)), /version 3 is not the version this build reads \(2\)/],
    ['the previous version', broken((d) => (d.version = 1)), /version 1 is not the version this build reads \(2\)/],
    ['no version', broken((d) => delete d.version), /version missing/],
    ['a version as a string', broken((d) => (d.version = '2')), /version "2"/],
    ['no version hash', broken((d) => delete d.hash), /no version hash/],
    ['an event with no title', broken((d) => (d.event = { id: '2025-01-06', date: '2025-01-06', timeZone: 9 })), /event\.title is missing/],
    ['an event that is none of its launches', broken((d) => (d.event = { id: '2024-10-30', date: '2024-10-30', timeZone: 9, title: 'ICBM' })), /the event 2024-10-30 must be one of the launches/],
    ['no launches', broken((d) => (d.launches = [])), /launches must be a non-empty list/],
    ['no event', broken((d) => delete d.event), /which event/],
    ['no outlets', broken((d) => (d.outlets = [])), /lists no outlets/],
    ['outlets not a list', broken((d) => (d.outlets = { dw: {} } as unknown as Data['outlets'])), /lists no outlets/],
    ['an outlet without an id', broken((d) => delete d.outlets[0]!.id), /outlet 0 has no id or name/],
    ['an outlet listed twice', broken((d) => d.outlets.push({ ...d.outlets[0]! })), /listed twice/],
    ['an outlet whose address is a number', broken((d) => (d.outlets[1]!.url = 7)), /malformed address/],
    ['no claims list', broken((d) => delete (d as Record<string, unknown>).claims), /no list of claims/],
    ['a claim that is a string', broken((d) => (d.claims[3] = 'flew 1,100 km' as unknown as Record<string, unknown>)), /claim 3 is not an object/],
    ['a claim without a quote', broken((d) => delete d.claims[0]!.quote), /claim 0 has no quote from its seed/],
    ['a claim with an empty quote', broken((d) => (d.claims[2]!.quote = '')), /claim 2 has no quote/],
    ['a claim from an unknown outlet', broken((d) => (d.claims[1]!.outlet = 'the-onion')), /unknown outlet "the-onion"/],
    ['a claim of an unknown kind', broken((d) => (d.claims[0]!.kind = 'weather')), /unknown kind "weather"/],
    ['a claim whose value is an object', broken((d) => (d.claims[0]!.value = { km: 1100 })), /claim 0 has no value/],
    ['a claim whose value is NaN-like', broken((d) => (d.claims[0]!.value = null)), /claim 0 has no value/],
    ['a claim whose offsets are strings', broken((d) => (d.claims[0]!.start = '10')), /no valid text and offsets/],
    ['a claim whose end is before its start', broken((d) => ((d.claims[0]!.start = 50), (d.claims[0]!.end = 10))), /no valid text and offsets/],
    ['a claim with a fractional offset', broken((d) => (d.claims[0]!.end = 10.5)), /no valid text and offsets/],
    ['a qualifier that is a number', broken((d) => (d.claims[0]!.qualifier = 3)), /malformed qualifier/],
    ['an attribution without a camp', broken((d) => (d.claims[0]!.attribution = { id: 'kcna', name: 'KCNA' })), /malformed attribution/],
    ['an attribution that is a string', broken((d) => (d.claims[0]!.attribution = 'KCNA')), /malformed attribution/],
    ['details that are a list', broken((d) => (d.claims[0]!.detail = [1])), /malformed details/],
    ['a negative tolerance', broken((d) => (d.claims[0]!.detail = { tolerance: -1 })), /malformed tolerance/],
  ])('rejects %s', (_name, data, message) => {
    const r = validateReference(data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(message);
    expect(r.error).toBe(`Reference data is unusable: ${r.reason}.`);
    expect(damagedMessage(r.reason)).toMatch(/^Crosscheck's reference data is damaged: .+[^.]\. Reinstall the extension\.$/);
  });

  it('never throws, even on an object whose getters throw', () => {
    const hostile = { version: 2, hash: 'a'.repeat(64), get event(): unknown { throw new Error('boom'); } };
    const r = validateReference(hostile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/could not be read \(boom\)/);
  });

  it('accepts the committed set unchanged (the cases above each break one thing)', () => {
    expect(validateReference(broken(() => {})).ok).toBe(true);
  });
});
