/**
 * What coverage of the region names, whatever the launch (reference-data/region.json):
 * the sources it credits, each in its camp; the people it names, with their
 * offices; the actors whose reactions speak for North Korea; the gazetteers of
 * launch sites and seas; the time zones clock times are written in. Validated when loaded: a damaged file fails loudly,
 * naming the field.
 */
import data from '../../reference-data/region.json';
import type { Attribution } from './types';

/** A source a text credits for a figure, with the words that name it. */
export interface SourceEntry extends Attribution {
  pattern: RegExp;
}

/** People the coverage names, with the office each held at the time of the region file. */
export interface Person {
  name: string;
  /** Spellings seen in print, matched loosely. */
  aliases: string[];
  office: string;
}

export interface Place {
  name: string;
  aliases: string[];
}

export interface Region {
  /** Most specific first: the first entry that matches a mention names it. */
  sources: SourceEntry[];
  people: Person[];
  /** An actor whose reaction is North Korea's own ("North Korea", its leader). */
  northKoreanActor: RegExp;
  /** The site "the capital" means, the sea "between the peninsula and Japan" means, and the gazetteers. */
  places: { capital: string; between: string; sites: Place[]; seas: Place[] };
  /** Time zones by every name coverage gives them (lower case), with the hours each is behind Korea. */
  zones: Map<string, number>;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '');

function compile(pattern: unknown, flags: unknown, where: string): RegExp {
  if (typeof pattern !== 'string' || pattern === '') throw new Error(`region.json: ${where} needs a pattern`);
  try {
    return new RegExp(pattern, typeof flags === 'string' ? flags : '');
  } catch (e) {
    throw new Error(`region.json: ${where} has a bad pattern (${(e as Error).message})`);
  }
}

function places(v: unknown, where: string): Place[] {
  if (!Array.isArray(v) || v.length === 0) throw new Error(`region.json: ${where} must be a non-empty list`);
  return v.map((p, i) => {
    if (!p || typeof p.name !== 'string' || !isStrings(p.aliases)) throw new Error(`region.json: ${where}[${i}] needs a name and a list of aliases`);
    return { name: p.name, aliases: p.aliases };
  });
}

/** Checks the region data's shape and compiles its patterns; throws with the first problem found. */
export function validateRegion(v: unknown): Region {
  const o = v as Record<string, any> | null;
  if (!o || typeof o !== 'object') throw new Error('region.json: not an object');
  if (o.version !== 1) throw new Error('region.json: version must be 1');
  if (!Array.isArray(o.sources) || o.sources.length === 0) throw new Error('region.json: sources must be a non-empty list');
  const sources = o.sources.map((s: any, i: number): SourceEntry => {
    if (!s || typeof s.id !== 'string' || typeof s.name !== 'string') throw new Error(`region.json: source ${i} needs an id and a name`);
    if (s.camp !== 'north-korea' && s.camp !== 'observers') throw new Error(`region.json: source ${s.id}: camp must be north-korea or observers`);
    return { id: s.id, name: s.name, camp: s.camp, pattern: compile(s.pattern, s.flags, `source ${s.id}`) };
  });
  if (!Array.isArray(o.people)) throw new Error('region.json: people must be a list');
  const people = o.people.map((p: any, i: number): Person => {
    if (!p || typeof p.name !== 'string' || !isStrings(p.aliases) || typeof p.office !== 'string') throw new Error(`region.json: person ${i} needs a name, aliases and an office`);
    return { name: p.name, aliases: p.aliases, office: p.office };
  });
  const pl = o.places;
  if (!pl || typeof pl.capital !== 'string' || typeof pl.between !== 'string') throw new Error('region.json: places needs capital and between');
  if (!Array.isArray(o.zones) || o.zones.length === 0) throw new Error('region.json: zones must be a non-empty list');
  const zones = new Map<string, number>();
  o.zones.forEach((z: any, i: number) => {
    if (!z || !isStrings(z.names) || typeof z.behindKorea !== 'number' || Math.abs(z.behindKorea) > 24) throw new Error(`region.json: zone ${i} needs names and behindKorea (hours, -24 to 24)`);
    for (const n of z.names) zones.set(n.toLowerCase().replace(/\s+/g, ' '), z.behindKorea);
  });
  return {
    sources,
    people,
    zones,
    northKoreanActor: compile(o.northKoreanActor, '', 'northKoreanActor'),
    places: { capital: pl.capital, between: pl.between, sites: places(pl.sites, 'places.sites'), seas: places(pl.seas, 'places.seas') },
  };
}

export const REGION: Region = validateRegion(data);
