/**
 * Reference sets a newsroom imported (from `npm run build:reference`), kept in
 * `storage.local`: validated with the same validator as the bundled set, size
 * limited, listed, added and removed. Each set is stored under its own key so
 * that listing them reads only the small index; the page side loads the sets
 * themselves (`importedReferences`).
 */
import { browser } from 'wxt/browser';
import type { Outlet, ReferenceSet } from '../engine/types';
import { validateReference } from './validate';

/** What the list shows of a stored set. */
export interface StoredSetInfo {
  hash: string;
  event: ReferenceSet['event'];
  outlets: Pick<Outlet, 'id' | 'name' | 'short' | 'url'>[];
  claims: number;
  /** The set's size as stored, in bytes (UTF-16 code units of its JSON). */
  bytes: number;
}

export type AddResult = { ok: true; set: StoredSetInfo } | { ok: false; error: string };

/** The largest set accepted, and how many may be stored: together well inside storage.local's 10 MB. */
export const MAX_SET_BYTES = 2 * 1024 * 1024;
export const MAX_SETS = 4;

const INDEX_KEY = 'referenceSets';
const setKey = (hash: string) => `referenceSet:${hash}`;

function parseIndex(v: unknown): StoredSetInfo[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is StoredSetInfo => typeof x === 'object' && x !== null && typeof x.hash === 'string' && typeof x.event?.title === 'string' && Array.isArray(x.outlets));
}

/** The imported sets, as the options page lists them. */
export async function listReferenceSets(): Promise<StoredSetInfo[]> {
  const got = await browser.storage.local.get(INDEX_KEY);
  return parseIndex(got[INDEX_KEY]);
}

/**
 * Validates and stores a set from its file's text. `bundled` is the set the
 * extension ships: importing it again, or another set about its event, is
 * refused (its passages are checked against the bundled set already).
 */
export async function addReferenceSet(text: string, bundled?: ReferenceSet): Promise<AddResult> {
  if (text.length > MAX_SET_BYTES) return { ok: false, error: `This file is ${(text.length / 1048576).toFixed(1)} MB; a reference set may be at most ${MAX_SET_BYTES / 1048576} MB.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a reference set made by npm run build:reference.' };
  }
  const loaded = validateReference(json);
  if (!loaded.ok) return { ok: false, error: `This file cannot be used: ${loaded.reason}.` };
  const set = loaded.reference;
  if (bundled && (set.hash === bundled.hash || set.event.id === bundled.event.id)) return { ok: false, error: `Crosscheck already ships the reference set for ${set.event.title}.` };
  const index = await listReferenceSets();
  if (index.some((s) => s.hash === set.hash)) return { ok: false, error: `This reference set (${set.event.title}) is already imported.` };
  const same = index.find((s) => s.event.id === set.event.id);
  if (same) return { ok: false, error: `A reference set for this event (${same.event.title}) is already imported; remove it first to replace it.` };
  if (index.length >= MAX_SETS) return { ok: false, error: `At most ${MAX_SETS} reference sets can be imported; remove one first.` };
  const info: StoredSetInfo = {
    hash: set.hash,
    event: set.event,
    outlets: set.outlets.map((o) => ({ id: o.id, name: o.name, ...(o.short ? { short: o.short } : {}), url: o.url })),
    claims: set.claims.length,
    bytes: text.length,
  };
  await browser.storage.local.set({ [setKey(set.hash)]: set, [INDEX_KEY]: [...index, info] });
  return { ok: true, set: info };
}

export async function removeReferenceSet(hash: string): Promise<void> {
  const index = await listReferenceSets();
  await browser.storage.local.set({ [INDEX_KEY]: index.filter((s) => s.hash !== hash) });
  await browser.storage.local.remove(setKey(hash));
}

/** The imported sets themselves, each validated again as it is loaded (storage can be edited); an unusable one is skipped with a warning. */
export async function importedReferences(): Promise<ReferenceSet[]> {
  const index = await listReferenceSets();
  if (index.length === 0) return [];
  const got = await browser.storage.local.get(index.map((s) => setKey(s.hash)));
  const sets: ReferenceSet[] = [];
  for (const s of index) {
    const loaded = validateReference(got[setKey(s.hash)]);
    if (loaded.ok) sets.push(loaded.reference);
    else console.warn(`Crosscheck: the imported reference set for ${s.event.title} is unusable: ${loaded.reason}`);
  }
  return sets;
}

/** Calls `listener` whenever the imported sets change. Returns an unsubscribe function. */
export function onReferenceSetsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && INDEX_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
