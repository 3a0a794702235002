/**
 * An event description file, what `npm run build:reference` reads beside a
 * folder of articles: the event (id, date, time zone, title), the outlets
 * whose articles make the reference set (name, short name, address, and the
 * article's file name), the neighbouring launches and the rest of the event's
 * data (launches.ts). Validated with messages that name the field and say what
 * it should be.
 */
import { validateLaunches, type LaunchData } from '../engine/launches';

/** An outlet as the event file describes it. */
export interface EventOutlet {
  id: string;
  name: string;
  short?: string;
  /** The outlet's address (its article's, or its home page), or null when unknown. */
  url?: string | null;
  /** The article's date as published (`YYYY-MM-DD` or `YYYY-MM`). */
  date?: string;
  headline?: string;
  /** The article's file name in the articles folder (or the article names its outlet in front matter). */
  file?: string;
}

export interface EventFile extends LaunchData {
  version: 1;
  outlets: EventOutlet[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** Checks an event file's content; throws an Error naming `label` and the first problem found. */
export function validateEventFile(v: unknown, label = 'event file'): EventFile {
  const fail = (why: string): never => {
    throw new Error(`${label}: ${why}`);
  };
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail('not a JSON object');
  const o = v as Record<string, unknown>;
  if (o.version === undefined) fail('version is missing (it must be 1)');
  if (o.version !== 1) fail(`version ${JSON.stringify(o.version)} is not one this build reads (1)`);
  const data = validateLaunches(o, label);
  if (!Array.isArray(o.outlets) || o.outlets.length === 0) fail('outlets is missing (a non-empty list of { id, name, url, file })');
  const ids = new Set<string>();
  const files = new Set<string>();
  const outlets = (o.outlets as unknown[]).map((x, i): EventOutlet => {
    const w = x as Record<string, unknown> | null;
    if (!w || typeof w !== 'object') fail(`outlets[${i}] is not an object`);
    if (typeof w!.id !== 'string' || !ID.test(w!.id)) fail(`outlets[${i}].id is missing or not lower-case letters, digits and hyphens`);
    const id = w!.id as string;
    if (ids.has(id)) fail(`outlet ${id} is listed twice`);
    ids.add(id);
    if (typeof w!.name !== 'string' || w!.name.trim() === '') fail(`outlet ${id}: name is missing`);
    for (const k of ['short', 'headline'] as const) if (w![k] !== undefined && typeof w![k] !== 'string') fail(`outlet ${id}: ${k} must be text`);
    if (w!.url !== undefined && w!.url !== null) {
      if (typeof w!.url !== 'string') fail(`outlet ${id}: url must be an address or null`);
      try {
        const u = new URL(w!.url as string);
        if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
      } catch {
        fail(`outlet ${id}: url ${JSON.stringify(w!.url)} is not an http(s) address`);
      }
    }
    if (w!.date !== undefined && (typeof w!.date !== 'string' || !DATE.test(w!.date))) fail(`outlet ${id}: date ${JSON.stringify(w!.date)} is not YYYY-MM-DD or YYYY-MM`);
    if (w!.file !== undefined) {
      if (typeof w!.file !== 'string' || w!.file === '' || /[/\\]/.test(w!.file)) fail(`outlet ${id}: file must be a file name in the articles folder`);
      if (files.has(w!.file as string)) fail(`outlet ${id}: file ${w!.file} is another outlet's too`);
      files.add(w!.file as string);
    }
    return w as unknown as EventOutlet;
  });
  return { ...data, version: 1, outlets };
}
