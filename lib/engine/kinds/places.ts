/**
 * Where: the launch site ("near Pyongyang", "from the North Korean capital")
 * and where the missile came down ("waters between the Korean Peninsula and
 * Japan", "the Sea of Japan", "outside Japan's exclusive economic zone").
 * Place and sea names go through fuse.js so spellings and aliases meet.
 */
// The basic build: plain fuzzy search is all the gazetteers need.
import Fuse from 'fuse.js/basic';
import { REGION, type Place } from '../region';
import { matches, memo, type Extractor, type Found } from '../scope';

/** The gazetteers are data (reference-data/region.json). */
const SITES: Place[] = REGION.places.sites;
export const SEA_OF_JAPAN = REGION.places.between;
const SEAS: Place[] = REGION.places.seas;

function gazetteer(places: Place[]): Fuse<{ name: string; alias: string }> {
  const rows = places.flatMap((p) => p.aliases.map((alias) => ({ name: p.name, alias })));
  return new Fuse(rows, { keys: ['alias'], threshold: 0.35, includeScore: true, ignoreLocation: true, minMatchCharLength: 4 });
}

let sites: Fuse<{ name: string; alias: string }> | null = null;
let seas: Fuse<{ name: string; alias: string }> | null = null;

/** The canonical name of a launch site as written, or null. */
export const siteName = memo((written: string): string | null => {
  sites ??= gazetteer(SITES);
  return best(sites, written);
});

/** The canonical name of a sea area as written, or null. */
export const seaName = memo((written: string): string | null => {
  seas ??= gazetteer(SEAS);
  return best(seas, written);
});

function best(index: Fuse<{ name: string; alias: string }>, written: string): string | null {
  const query = written.replace(/\s+/g, ' ').trim();
  if (query.length < 4) return null;
  const [hit] = index.search(query, { limit: 1 });
  if (!hit || (hit.score ?? 1) > 0.35) return null;
  // Fuse scores a short alias found inside a long query well; insist the lengths are close.
  return Math.abs(hit.item.alias.length - query.length) <= Math.max(3, hit.item.alias.length * 0.3) ? hit.item.name : null;
}

/** Day and month names, which the gazetteer's fuzzy match must never see. */
const CALENDAR_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const LAUNCH_VERB = /\b(?:launch\w*|fir(?:ed|es|e|ing)|lifted off|took off|rose)\b/i;
const SITE = /\b(?:from|near|in|at|around|over)\s+(?:the\s+|an?\s+)?(?:(?:area|vicinity|outskirts|region)\s+(?:of|around|near)\s+)?(?:(?:North Korean|North Korea's|its|the)\s+capital(?:\s+city)?(?:\s+of|,)?\s*)?(?:its\s+|the\s+)?([A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?(?:\s+area)?|(?:east|west)(?:ern)? coast)?/g;

/** Where the missile was launched from, after a launch verb. */
export const launchSite: Extractor = (scope) => {
  const sentence = scope.sentence;
  const verb = LAUNCH_VERB.exec(sentence);
  if (!verb) return [];
  const out: Found[] = [];
  for (const m of matches(SITE, scope)) {
    if (m.at < scope.start + verb.index) continue;
    const between = scope.folded.slice(scope.start + verb.index, m.at);
    if (/\b(?:land\w*|fell|into|toward|towards|at a target|hitting)\b/i.test(between) || between.length > 90) continue;
    const capital = /capital/.test(m[0]);
    const written = m[1];
    // A day or a month is no place ("Sunday" is not Sunan).
    if (written && CALENDAR_WORD.test(written)) continue;
    let name = written ? siteName(written.replace(/\s+area$/, '')) : null;
    if (!name && capital) name = REGION.places.capital;
    if (!name) continue;
    const start = written && name !== REGION.places.capital ? m.at + m[0].indexOf(written) : m.at + m[0].search(/\s/) + 1;
    out.push({ kind: 'launch-site', start, end: m.at + m[0].length, value: name, qualifier: /^near\b/i.test(m[0]) ? 'near' : null });
  }
  return out;
};

const LANDING = /\b(?:land\w*|fell|fall\w*|splash\w*|crash\w*|hit\w*|impact\w*|plung\w*|dropped|came down|into|towards?)\b/i;
/** "(waters) between the Korean Peninsula and Japan": the Sea of Japan, whatever verb is near. */
const BETWEEN = /\b(?:(?:waters?|the sea)\s+)?between\s+(?:the\s+)?(?:Korean\s+[Pp]eninsula|[Pp]eninsula|(?:South\s+)?Korea)\s+and\s+Japan\b/g;
const SEA_PHRASE =
  /\b(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Sea|Ocean)(?:\s+of\s+Japan)?|(?:the\s+)?(?:East|West|Yellow|Japan)\s+Sea|off\s+(?:the|its)\s+(?:east|west)(?:ern)?\s+coast|(?:eastern|western)\s+waters)\b/g;
const EEZ = /\b(outside|inside|within|beyond|out of|in)\s+(?:of\s+)?(?:Japan's|its|the|Japanese)?\s*(?:exclusive economic zone|EEZ)\b/gi;

/** Where the missile came down: a sea named with a landing verb, "between the peninsula and Japan", in or out of Japan's EEZ. */
export const impactArea: Extractor = (scope) => {
  const sentence = scope.sentence;
  if (!/Japan|Sea|Ocean|coast|waters|EEZ|economic zone/i.test(sentence)) return [];
  const out: Found[] = [];
  // Sea names need a landing verb ("the Sea of Japan" is also where ships sail);
  // "between the peninsula and Japan" and Japan's EEZ speak of the impact by themselves.
  for (const m of matches(BETWEEN, scope)) {
    out.push({ kind: 'impact-area', start: m.at, end: m.at + m[0].length, value: SEA_OF_JAPAN, qualifier: null });
  }
  if (LANDING.test(sentence)) {
    for (const m of matches(SEA_PHRASE, scope)) {
      if (out.some((f) => m.at < f.end && f.start < m.at + m[0].length)) continue;
      const phrase = m[0].replace(/^(?:the|waters?)\s+/i, '');
      const name = seaName(/^off\s+its/i.test(phrase) ? phrase.replace(/its/i, 'the') : phrase);
      if (!name) continue;
      out.push({ kind: 'impact-area', start: m.at, end: m.at + m[0].length, value: name, qualifier: null });
    }
  }
  for (const m of matches(EEZ, scope)) {
    const inside = !/^(?:outside|beyond|out of)$/i.test(m[1]!);
    out.push({ kind: 'impact-area', start: m.at, end: m.at + m[0].length, value: inside ? "inside Japan's EEZ" : "outside Japan's EEZ", qualifier: null });
  }
  return out;
};
