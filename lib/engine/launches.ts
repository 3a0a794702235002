/**
 * The launches the engine knows, as data (an event file such as
 * reference-data/event.json, or a reference set built from one): the event
 * the reference set is about and the North Korean launches coverage recalls
 * around it, each with its date, missile classes, reported figures,
 * distinctive words and sites, plus who held which office when. From them,
 * the evidence a passage gives of which launch it speaks of: a date near a
 * launch's, a named site or missile, figures only one launch had, an official
 * who was not in office on the event's day.
 */
import data from '../../reference-data/event.json';
import type { Steps } from './steps';

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

/** The event a reference set is about: its launch's id in `launches`, its date, its clock and its name. */
export interface EventInfo {
  id: string;
  /** `YYYY-MM-DD` in the event's own time zone. */
  date: string;
  /** Hours the event's clock is ahead of GMT (Korea: 9). */
  timeZone: number;
  title: string;
  /** When in the day it happened, as a note says it ("around noon"). */
  localTime?: string;
}

/**
 * Everything the engine knows about one event and its neighbours: the data an
 * event file gives (reference-data/event.json, tests/fixtures/events/…) and a
 * reference set carries.
 */
export interface LaunchData {
  event: EventInfo;
  launches: Launch[];
  offices: OfficeTerm[];
  /** The spans that define missile classes ("IRBM: 3,000 to 5,500 km"): a class's range, never a flight's. */
  classRanges: { class: string; from: number; to: number; source: string }[];
  /** Words (regular-expression sources) that tie a passage already about this launch to it: the visit, the weapon coverage leads with. */
  anchors: string[];
  /** The dates a date beside inauguration words is read as the inauguration's, when one falls near the event. */
  inauguration?: { from: string; to: string };
  /** The event's date in the Americas, when it differs from its own (a launch around noon in Korea was the evening before there). */
  americas?: { date: string };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isIso = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/**
 * Checks an event's data (an event file's or a reference set's); throws with
 * the first problem found, prefixed by `label` (the file's name).
 */
export function validateLaunches(v: unknown, label = 'event data'): LaunchData {
  const fail = (why: string): never => {
    throw new Error(`${label}: ${why}`);
  };
  const o = v as Partial<LaunchData> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o)) fail('not a JSON object');
  const e = o!.event as Partial<EventInfo> | undefined;
  if (!e || typeof e !== 'object') fail('event is missing (an object with id, date, timeZone and title)');
  if (typeof e!.id !== 'string' || e!.id === '') fail('event.id is missing');
  if (e!.date === undefined) fail('event.date is missing');
  if (!isIso(e!.date)) fail(`event.date ${JSON.stringify(e!.date)} is not a YYYY-MM-DD date`);
  if (typeof e!.timeZone !== 'number' || !Number.isFinite(e!.timeZone) || Math.abs(e!.timeZone) > 14) fail('event.timeZone must be a number of hours ahead of GMT (-14 to 14)');
  if (typeof e!.title !== 'string' || e!.title.trim() === '') fail('event.title is missing');
  if (e!.localTime !== undefined && typeof e!.localTime !== 'string') fail('event.localTime must be text');
  if (!Array.isArray(o!.launches) || o!.launches.length === 0) fail('launches must be a non-empty list');
  for (const [i, l] of o!.launches!.entries()) {
    if (!l || typeof l.id !== 'string' || !isIso(l.date)) fail(`launch ${i}: id and a YYYY-MM-DD date are needed`);
    if (!Array.isArray(l.classes) || !Array.isArray(l.words) || !Array.isArray(l.sites) || !Array.isArray(l.hints)) fail(`launch ${l.id}: classes, words, sites and hints must be lists`);
    if (typeof l.figures !== 'object' || l.figures === null) fail(`launch ${l.id}: figures must be an object`);
    for (const [k, list] of Object.entries(l.figures)) {
      if (!['distance', 'altitude', 'speed'].includes(k) || !Array.isArray(list) || list.some((n) => typeof n !== 'number')) fail(`launch ${l.id}: bad figures.${k}`);
    }
    if (typeof l.source !== 'string' || l.source.length < 10) fail(`launch ${l.id}: a source note is needed`);
  }
  const own = o!.launches!.find((l) => l.id === e!.id);
  if (!own) fail(`the event ${e!.id} must be one of the launches`);
  if (own!.date !== e!.date) fail(`the event's date ${e!.date} is not its launch's (${own!.date})`);
  if (!Array.isArray(o!.offices)) fail('offices must be a list');
  for (const t of o!.offices!) {
    if (!t || typeof t.name !== 'string' || !Array.isArray(t.aliases) || !isIso(t.from) || !isIso(t.to)) fail(`office term ${t?.name}: name, aliases, from and to are needed`);
  }
  if (!Array.isArray(o!.classRanges) || o!.classRanges.some((r) => typeof r?.class !== 'string' || typeof r.from !== 'number' || typeof r.to !== 'number' || !(r.to > r.from))) fail('classRanges must be a list of { class, from, to } with to > from');
  if (!Array.isArray(o!.anchors) || o!.anchors.length === 0 || o!.anchors.some((a) => typeof a !== 'string' || a === '')) fail('anchors must be a non-empty list of words');
  for (const a of o!.anchors!) {
    try {
      new RegExp(a);
    } catch {
      fail(`anchor ${JSON.stringify(a)} is not a valid pattern`);
    }
  }
  if (o!.inauguration !== undefined && !(isIso(o!.inauguration?.from) && isIso(o!.inauguration?.to))) fail('inauguration must be { from, to } YYYY-MM-DD dates');
  if (o!.americas !== undefined && !isIso(o!.americas?.date)) fail('americas.date must be a YYYY-MM-DD date');
  return { event: e as EventInfo, launches: o!.launches!, offices: o!.offices!, classRanges: o!.classRanges!, anchors: o!.anchors!, ...(o!.inauguration ? { inauguration: o!.inauguration } : {}), ...(o!.americas ? { americas: o!.americas } : {}) };
}

/** The class whose defining span a figure span is ("3,000 to 5,500 km"), or null. */
export function classRangeOf(from: number, to: number): string | null {
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, b * 0.02);
  return LAUNCH_DATA.classRanges.find((r) => near(from, r.from) && near(to, r.to))?.class ?? null;
}

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

const FORMER = /\b(?:former|ex-|then-former|erstwhile|predecessor)\s*(?:\w+\s+){0,3}$/i;
const KM_FIGURE = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:-\s*)?(?:km|kilomet)/gi;

/** An event's data compiled for reading: every clue word of every launch, class and office holder in one pattern, so a passage is read once however many launches the data holds. */
interface Compiled {
  data: LaunchData;
  launch: Launch;
  time: number;
  clues: Map<string, Clue[]>;
  cluePattern: RegExp;
  figures: { launch: Launch; km: number[] }[];
  anchor: RegExp;
}

const compiledEvents = new WeakMap<LaunchData, Compiled>();

function compile(data: LaunchData): Compiled {
  const hit = compiledEvents.get(data);
  if (hit) return hit;
  const clues = new Map<string, Clue[]>();
  const addClue = (word: string, clue: Clue) => {
    const key = word.toLowerCase();
    clues.set(key, [...(clues.get(key) ?? []), clue]);
  };
  for (const launch of data.launches) {
    for (const w of launch.words) addClue(w, { kind: 'word', launch });
    for (const w of launch.sites) addClue(w, { kind: 'site', launch });
    for (const w of launch.hints) addClue(w, { kind: 'hint', launch });
  }
  for (const [cls, words] of CLASS_WORDS) for (const w of words) addClue(w, { kind: 'class', cls });
  for (const term of data.offices) for (const w of term.aliases) addClue(w, { kind: 'office', term });
  const compiled: Compiled = {
    data,
    launch: data.launches.find((l) => l.id === data.event.id)!,
    time: time(data.event.date),
    clues,
    cluePattern: new RegExp(`\\b(?:${[...clues.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi'),
    figures: data.launches.map((l) => ({ launch: l, km: [...(l.figures.distance ?? []), ...(l.figures.altitude ?? [])] })),
    anchor: new RegExp(data.anchors.map((a) => `\\b${a}\\b`).join('|'), 'i'),
  };
  compiledEvents.set(data, compiled);
  return compiled;
}

/*
 * The event being read. The engine's entries take the event as a parameter
 * (`check(text, reference)` reads `reference`'s; extraction alone runs as
 * `inEvent(event, extractSteps(text))`, or reads the bundled event);
 * while a run's steps execute, these bindings hold that event's facts, so the
 * modules that read dates and launches need no event threaded through every
 * call. `inEvent` sets them before each step and restores them after, so two
 * sliced runs about different events never see each other's.
 */
let active: Compiled;
/** The active event's data. */
export let LAUNCH_DATA: LaunchData;
/** The active event's id (its launch's id in the data). */
export let EVENT_ID: string;
/** The active event's own launch. */
export let EVENT_LAUNCH: Launch;
/** Midnight GMT of the active event's date, in ms, and its year. */
export let EVENT_TIME: number;
export let EVENT_YEAR: number;
/** Anchors that tie a passage already about the active event to it (its data's `anchors`). */
export let THIS_LAUNCH_ANCHOR: RegExp;

function activate(c: Compiled): void {
  active = c;
  LAUNCH_DATA = c.data;
  EVENT_ID = c.data.event.id;
  EVENT_LAUNCH = c.launch;
  EVENT_TIME = c.time;
  EVENT_YEAR = Number(c.data.event.date.slice(0, 4));
  THIS_LAUNCH_ANCHOR = c.anchor;
}

/** The bundled event, read when no other is given. */
export const BUNDLED_EVENT: LaunchData = validateLaunches(data, 'reference-data/event.json');
activate(compile(BUNDLED_EVENT));

/** Whether a `YYYY-MM-DD` date is one the active event's data reads beside inauguration words as the inauguration's. */
export function inaugurationDate(value: string): boolean {
  const w = LAUNCH_DATA.inauguration;
  return w !== undefined && value.length === 10 && value >= w.from && value <= w.to;
}

/** Runs a sliced computation with `event` active during each of its steps. */
export function* inEvent<T>(event: LaunchData, steps: Steps<T>): Steps<T> {
  const own = compile(event);
  for (;;) {
    const before = active;
    activate(own);
    let r: IteratorResult<void, T>;
    try {
      r = steps.next();
    } finally {
      activate(before);
    }
    if (r.done) return r.value;
    yield;
  }
}

/** Runs `fn` with `event` active. */
export function withEvent<T>(event: LaunchData, fn: () => T): T {
  const before = active;
  activate(compile(event));
  try {
    return fn();
  } finally {
    activate(before);
  }
}

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
  const { cluePattern, clues } = active;
  cluePattern.lastIndex = 0;
  for (let m = cluePattern.exec(s); m; m = cluePattern.exec(s)) {
    const key = m[0].toLowerCase();
    for (const clue of clues.get(key) ?? []) {
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
      for (const f of active.figures) if (f.km.some((x) => Math.abs(x - km) <= Math.max(0.5, x * 0.01))) add(f.launch.id, WEIGHT.figure);
    }
  }
  return scores;
}
