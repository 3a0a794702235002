/**
 * The launches the engine knows, as data (reference-data/launches.json): the
 * event this reference set is about and the North Korean launches coverage
 * recalls around it, each with its date, missile classes, reported figures,
 * distinctive words and sites, plus who held which office when. From them,
 * the evidence a passage gives of which launch it speaks of: a date near a
 * launch's, a named site or missile, figures only one launch had, an official
 * who was not in office on the event's day.
 */
import data from '../../reference-data/launches.json';

export interface Launch {
  /** `YYYY-MM-DD`, the launch's date in Korea. */
  id: string;
  date: string;
  /** Missile-type values the launch is reported under (`short-range`, `hypersonic`, …). */
  classes: string[];
  /** Figures reported for it, by measure, in km (distance, altitude) or Mach (speed). */
  figures: Partial<Record<'distance' | 'altitude' | 'speed', number[]>>;
  /** Words that name this launch alone (a missile's name, a drill, a place). */
  words: string[];
  /** Launch sites named in coverage of it. */
  sites: string[];
  /** Weaker clues, read only to tell what a whole story is about (a visitor, a weekday). */
  hints: string[];
  /** Where its facts come from, in our own words. */
  source: string;
}

export interface OfficeTerm {
  name: string;
  aliases: string[];
  office: string;
  from: string;
  to: string;
}

export interface LaunchData {
  version: 1;
  /** The id of the launch the reference set is about. */
  event: string;
  /** Hours Korea's clock is ahead of GMT. */
  timeZone: number;
  launches: Launch[];
  offices: OfficeTerm[];
  /** The spans that define missile classes ("IRBM: 3,000 to 5,500 km"): a class's range, never a flight's. */
  classRanges: { class: string; from: number; to: number; source: string }[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the launch data's shape; throws with the first problem found. */
export function validateLaunches(v: unknown): LaunchData {
  const fail = (why: string): never => {
    throw new Error(`launches.json: ${why}`);
  };
  const o = v as Partial<LaunchData> | null;
  if (!o || typeof o !== 'object') fail('not an object');
  if (o!.version !== 1) fail('version must be 1');
  if (typeof o!.event !== 'string' || !ISO.test(o!.event)) fail('event must be a YYYY-MM-DD date');
  if (typeof o!.timeZone !== 'number') fail('timeZone must be a number of hours');
  if (!Array.isArray(o!.launches) || o!.launches.length === 0) fail('launches must be a non-empty list');
  for (const [i, l] of o!.launches!.entries()) {
    if (!l || typeof l.id !== 'string' || !ISO.test(l.date)) fail(`launch ${i}: id and a YYYY-MM-DD date are needed`);
    if (!Array.isArray(l.classes) || !Array.isArray(l.words) || !Array.isArray(l.sites) || !Array.isArray(l.hints)) fail(`launch ${l.id}: classes, words, sites and hints must be lists`);
    if (typeof l.figures !== 'object' || l.figures === null) fail(`launch ${l.id}: figures must be an object`);
    for (const [k, list] of Object.entries(l.figures)) {
      if (!['distance', 'altitude', 'speed'].includes(k) || !Array.isArray(list) || list.some((n) => typeof n !== 'number')) fail(`launch ${l.id}: bad figures.${k}`);
    }
    if (typeof l.source !== 'string' || l.source.length < 10) fail(`launch ${l.id}: a source note is needed`);
  }
  if (!o!.launches!.some((l) => l.id === o!.event)) fail('the event must be one of the launches');
  if (!Array.isArray(o!.offices)) fail('offices must be a list');
  for (const t of o!.offices!) {
    if (!t || typeof t.name !== 'string' || !Array.isArray(t.aliases) || !ISO.test(t.from) || !ISO.test(t.to)) fail(`office term ${t?.name}: name, aliases, from and to are needed`);
  }
  if (!Array.isArray(o!.classRanges) || o!.classRanges.some((r) => typeof r?.class !== 'string' || typeof r.from !== 'number' || typeof r.to !== 'number' || !(r.to > r.from))) fail('classRanges must be a list of { class, from, to } with to > from');
  return o as LaunchData;
}

/** The class whose defining span a figure span is ("3,000 to 5,500 km"), or null. */
export function classRangeOf(from: number, to: number): string | null {
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, b * 0.02);
  return LAUNCH_DATA.classRanges.find((r) => near(from, r.from) && near(to, r.to))?.class ?? null;
}

export const LAUNCH_DATA: LaunchData = validateLaunches(data);
export const EVENT_ID = LAUNCH_DATA.event;
export const EVENT_LAUNCH: Launch = LAUNCH_DATA.launches.find((l) => l.id === EVENT_ID)!;

const DAY = 864e5;
const time = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
export const daysBetween = (a: string, b: string) => Math.round((time(a) - time(b)) / DAY);
/** The `YYYY-MM-DD` date `days` after `iso` (before it when negative). */
export const shiftDate = (iso: string, days: number) => new Date(time(iso) + days * DAY).toISOString().slice(0, 10);

/** The known launch within `window` days of a date (nearest first), or null. */
export function launchNear(date: string, window = 3): Launch | null {
  let best: Launch | null = null;
  let bestDays = Infinity;
  for (const l of LAUNCH_DATA.launches) {
    const d = Math.abs(daysBetween(l.date, date));
    if (d <= window && d < bestDays) {
      best = l;
      bestDays = d;
    }
  }
  return best;
}

/** A known launch on this month and day in any year ("April 2" → 2024-04-02), for dates written without a year. */
export function launchOnMonthDay(monthDay: string): Launch | null {
  return LAUNCH_DATA.launches.find((l) => l.date.slice(5) === monthDay) ?? null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (words: string[]) => (words.length ? new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'i') : null);

/** What a matched word says: for which launch, with which weight; or that it names an office holder. */
type Clue = { kind: 'word' | 'site' | 'hint'; launch: Launch } | { kind: 'class'; cls: string } | { kind: 'office'; term: OfficeTerm };

/** Class words as coverage writes them, by missile-type value. */
const CLASS_WORDS: [string, string[]][] = [
  ['short-range', ['short-range', 'close-range', 'SRBM', 'SRBMs', 'tactical']],
  ['intercontinental', ['intercontinental', 'ICBM', 'ICBMs']],
  ['intermediate-range', ['intermediate-range', 'mid-range', 'medium-range', 'IRBM', 'IRBMs']],
  ['hypersonic', ['hypersonic']],
  ['cruise', ['cruise missile', 'cruise missiles']],
];

/**
 * Every clue word of every launch, class and office holder in one pattern,
 * so a passage is read once however many launches the data holds.
 */
const CLUES = new Map<string, Clue[]>();
const addClue = (word: string, clue: Clue) => {
  const key = word.toLowerCase();
  CLUES.set(key, [...(CLUES.get(key) ?? []), clue]);
};
for (const launch of LAUNCH_DATA.launches) {
  for (const w of launch.words) addClue(w, { kind: 'word', launch });
  for (const w of launch.sites) addClue(w, { kind: 'site', launch });
  for (const w of launch.hints) addClue(w, { kind: 'hint', launch });
}
for (const [cls, words] of CLASS_WORDS) for (const w of words) addClue(w, { kind: 'class', cls });
for (const term of LAUNCH_DATA.offices) for (const w of term.aliases) addClue(w, { kind: 'office', term });
const CLUE_PATTERN = new RegExp(`\\b(?:${[...CLUES.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi');

const FORMER = /\b(?:former|ex-|then-former|erstwhile|predecessor)\s*(?:\w+\s+){0,3}$/i;
const KM_FIGURE = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:-\s*)?(?:km|kilomet)/gi;
const FIGURES = LAUNCH_DATA.launches.map((l) => ({ launch: l, km: [...(l.figures.distance ?? []), ...(l.figures.altitude ?? [])] }));

/** Evidence weights: a distinctive word decides alone; a site or a figure needs a second clue. */
export const WEIGHT = { word: 3, site: 2, figure: 2, cls: 1, outOfOffice: -3 } as const;

/**
 * Evidence a piece of text gives for each launch (dates aside, which the
 * caller reads in context): a positive score per launch id, and a negative
 * one for launches it rules out (an official who was not in office then).
 * Each clue counts once per passage.
 */
export function launchEvidence(s: string, withHints = false): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (id: string, n: number) => scores.set(id, (scores.get(id) ?? 0) + n);
  const seen = new Set<string>();
  CLUE_PATTERN.lastIndex = 0;
  for (let m = CLUE_PATTERN.exec(s); m; m = CLUE_PATTERN.exec(s)) {
    const key = m[0].toLowerCase();
    for (const clue of CLUES.get(key) ?? []) {
      const id = clue.kind === 'class' ? `class:${clue.cls}` : clue.kind === 'office' ? `office:${clue.term.name}` : `${clue.kind}:${clue.launch.id}`;
      if (seen.has(id)) continue;
      if (clue.kind === 'office' && FORMER.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
      seen.add(id);
      if (clue.kind === 'word') add(clue.launch.id, WEIGHT.word);
      else if (clue.kind === 'site') add(clue.launch.id, WEIGHT.site);
      else if (clue.kind === 'hint') {
        if (withHints) add(clue.launch.id, WEIGHT.cls);
      } else if (clue.kind === 'class') {
        for (const l of LAUNCH_DATA.launches) if (l.classes.includes(clue.cls)) add(l.id, WEIGHT.cls);
      } else if (clue.kind === 'office') {
        for (const l of LAUNCH_DATA.launches) if (l.date < clue.term.from || l.date > clue.term.to) add(l.id, WEIGHT.outOfOffice);
      }
    }
  }
  if (/\d/.test(s)) {
    KM_FIGURE.lastIndex = 0;
    for (let m = KM_FIGURE.exec(s); m; m = KM_FIGURE.exec(s)) {
      const km = Number(m[1]!.replace(/,/g, ''));
      for (const f of FIGURES) if (f.km.some((x) => Math.abs(x - km) <= Math.max(0.5, x * 0.01))) add(f.launch.id, WEIGHT.figure);
    }
  }
  return scores;
}
