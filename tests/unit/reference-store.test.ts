/**
 * Imported reference sets: the store (validated, size-limited, listed,
 * removed), the page's reference with them beside the bundled set, and
 * checkAll reading each passage against the event it speaks of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { check } from '../../lib/engine/check';
import { checkAll } from '../../lib/engine/check-all';
import { bundledReference, pageReference } from '../../lib/reference/bundled';
import { MAX_SETS, MAX_SET_BYTES, addReferenceSet, importedReferences, listReferenceSets, removeReferenceSet } from '../../lib/reference/store';
import { validateReference } from '../../lib/reference/validate';
import type { ReferenceSet } from '../../lib/engine/types';

const root = join(import.meta.dirname, '../..');
const jan14Text = readFileSync(join(root, 'tests/fixtures/events/2025-01-14/reference.json'), 'utf8');
const loaded14 = validateReference(JSON.parse(jan14Text));
if (!loaded14.ok) throw new Error(loaded14.error);
const jan14 = loaded14.reference;
const b = bundledReference();
if (!b.ok) throw new Error(b.error);
const bundled = b.reference;

const TWO_LAUNCHES = `North Korea fires short-range missiles a week after its hypersonic test

SEOUL, Jan. 14 - North Korea fired several short-range ballistic missiles on Tuesday from the Kanggye area of Jagang Province, South Korea's Joint Chiefs of Staff said. They flew about 250 km into the East Sea.

On January 6, North Korea launched a ballistic missile that flew about 1,100 km, according to South Korea's military, while Antony Blinken was visiting Seoul.`;

describe('the imported-set store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a valid set, lists it with its event and outlets, and removes it', async () => {
    const r = await addReferenceSet(jan14Text, bundled);
    expect(r.ok).toBe(true);
    const list = await listReferenceSets();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ hash: jan14.hash, event: { id: '2025-01-14', date: '2025-01-14' }, claims: jan14.claims.length });
    expect(list[0]!.outlets.map((o) => o.name)).toEqual(['Meridian Wire', 'Eastbridge Broadcasting', 'The Han River Daily', 'NewsPulse Hub']);
    expect((await importedReferences()).map((s) => s.hash)).toEqual([jan14.hash]);
    await removeReferenceSet(jan14.hash);
    expect(await listReferenceSets()).toEqual([]);
    expect(await importedReferences()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['referenceSets']);
  });

  it.each<[string, () => string, RegExp]>([
    ['text that is not JSON', () => 'North Korea fired', /not JSON/],
    ['an event file instead of a set', () => readFileSync(join(root, 'tests/fixtures/events/2025-01-14/event.json'), 'utf8'), /cannot be used: version 1 is not the version this build reads \(2\)/],
    ['a set with a claim from an unknown outlet', () => JSON.stringify({ ...jan14, claims: [{ ...jan14.claims[0], outlet: 'nobody' }] }), /cannot be used: claim 0 names an unknown outlet "nobody"/],
    ['a file over the size limit', () => ' '.repeat(MAX_SET_BYTES + 1), /at most 2 MB/],
    ['the bundled set', () => JSON.stringify(bundled), /already ships the reference set/],
  ])('refuses %s with a message', async (_name, text, message) => {
    const r = await addReferenceSet(text(), bundled);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
    expect(await listReferenceSets()).toEqual([]);
  });

  it('refuses a set twice, and more than the limit', async () => {
    expect((await addReferenceSet(jan14Text, bundled)).ok).toBe(true);
    const again = await addReferenceSet(jan14Text, bundled);
    expect(again.ok ? '' : again.error).toMatch(/already imported/);
    const sameEvent = { ...jan14, hash: 'b'.repeat(64), event: { ...jan14.event, title: 'Another set' } };
    const same = await addReferenceSet(JSON.stringify(sameEvent), bundled);
    expect(same.ok ? '' : same.error).toMatch(/already imported; remove it first/);
    // Sets of other events fill the store up to its limit.
    const others = ['2024-11-05', '2025-03-10', '2025-05-08', '2024-10-31'];
    for (const [i, id] of others.entries()) {
      const set = { ...jan14, hash: String(i).repeat(64), event: { ...jan14.event, id, date: id, title: `Set ${id}` } };
      const r = await addReferenceSet(JSON.stringify(set), bundled);
      expect(r.ok, id).toBe(i + 1 < MAX_SETS);
      if (!r.ok) expect(r.error).toMatch(`At most ${MAX_SETS} reference sets`);
    }
    expect(await listReferenceSets()).toHaveLength(MAX_SETS);
  });

  it('skips a stored set that no longer validates', async () => {
    await addReferenceSet(jan14Text, bundled);
    await fakeBrowser.storage.local.set({ [`referenceSet:${jan14.hash}`]: { version: 9 } });
    expect(await importedReferences()).toEqual([]);
  });
});

describe('the page reference', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the bundled set alone when nothing is imported, and has the imported sets beside it otherwise', async () => {
    const alone = await pageReference();
    expect(alone.ok && alone.reference).toBe(bundled);
    await addReferenceSet(jan14Text, bundled);
    const both = await pageReference();
    expect(both.ok).toBe(true);
    if (!both.ok) return;
    expect(both.reference.imported?.map((s) => s.event.id)).toEqual(['2025-01-14']);
    expect(both.reference.outlets.map((o) => o.id)).toEqual(expect.arrayContaining(['dw', 'meridian-wire', 'newspulse']));
  });

  it('falls back to the bundled set when storage fails', async () => {
    const r = await pageReference(async () => {
      throw new Error('quota');
    });
    expect(r.ok && r.reference).toBe(bundled);
  });
});

describe('checkAll', () => {
  it('checks each passage against the event it speaks of, and says which', () => {
    const r = checkAll(TWO_LAUNCHES, [bundled, jan14]);
    expect(r.relevant).toBe(true);
    expect(r.about).toBe('2025-01-14');
    const by = (text: string) => r.claims.find((c) => c.text === text)!;
    expect(by('250 km')).toMatchObject({ event: '2025-01-14', verdict: 'supported', counts: { agree: 3, differ: 1 } });
    expect(by('Kanggye area')).toMatchObject({ event: '2025-01-14', value: 'Jagang Province', verdict: 'supported' });
    expect(by('1,100 km')).toMatchObject({ event: '2025-01-06', verdict: 'supported', counts: { agree: 4, differ: 1 } });
    expect(by('January 6')).toMatchObject({ event: '2025-01-06', verdict: 'supported' });
    // Nothing is checked twice, and the claims are in text order.
    const keys = r.claims.map((c) => `${c.kind}|${c.start}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(r.claims.map((c) => c.start)).toEqual([...r.claims.map((c) => c.start)].sort((x, y) => x - y));
    expect(r.events.map((e) => [e.id, e.relevant])).toEqual([['2025-01-06', true], ['2025-01-14', true]]);
  });

  it('is what check gives for a set with imported sets beside it', () => {
    const combined: ReferenceSet = { ...bundled, imported: [jan14] };
    expect(check(TWO_LAUNCHES, combined)).toEqual(checkAll(TWO_LAUNCHES, [bundled, jan14]));
  });

  it('with the bundled set alone checks only the 6 January passage', () => {
    const r = check(TWO_LAUNCHES, bundled);
    expect(r.claims.some((c) => c.text === '250 km')).toBe(false);
    expect(r.claims.find((c) => c.text === '1,100 km')?.verdict).toBe('supported');
  });
});
