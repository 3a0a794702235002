/**
 * Which launch a passage speaks of. Coverage of the 6 January 2025 launch
 * recalls other launches (31 October and 5 November 2024, 14 January 2025,
 * "last year's" hypersonic tests); figures about those must never be compared
 * with this launch's. Each clause is marked as about this launch, another
 * one, or neither; unmarked clauses follow the clause or sentence before
 * them, and a paragraph starts from the text's own default.
 */
import { DATELINE, DATE_AT, DATE_PATTERN, daysFromEvent, parseDate } from './dates';

export type EventMark = 'this' | 'other';

/** Where clauses split: their markers do not spill into each other. */
const CLAUSE_BREAK = /,\s+(?:\w+ly\s+)?(?:but|while|whereas|when|after|following|unlike|compared with|as)\s|\s+but\s|;\s|\s[—–-]\s|\(|\)/g;

/** Words that place a clause in another time than this launch. */
const OTHER_TIME =
  /\b(?:last|previous|prior|earlier) (?:year|years|month|test|tests|launch|launches)\b|\b(?:in|during|since) (?:19\d\d|20(?:0\d|1\d|2[0-4]))\b|\b(?:19\d\d|20(?:0\d|1\d|2[0-4]))(?:'s)? (?:test|launch)|\bpreviously\b|\bthe year before\b/i;

/** Launch words: a date in a clause with one of these dates a launch. */
export const LAUNCH_WORD =
  /\b(?:launch\w*|fir(?:e|ed|es|ing)|test(?:ed|s|ing)?|missile\w*|projectile\w*|flew|fly|flying|flight|landed|splashed)\b/i;

/** Dates within this many days of the launch are this launch's (a wrong date is still a claim about it). */
export const DATE_WINDOW_DAYS = 3;

export interface Clause {
  start: number;
  end: number;
  mark: EventMark;
}

/** Marks written in a clause, or null. `since <date>` is handled by the caller. */
export function clauseMarker(folded: string, start: number, end: number): EventMark | null {
  const s = folded.slice(start, end);
  let mark: EventMark | null = null;
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(s); m; m = DATE_PATTERN.exec(s)) {
    const d = parseDate(m.groups ?? {});
    // A dateline dates the story: near 6 January it is this launch's, else another's.
    if (d && d.value.length === 10 && DATELINE.test(s.slice(0, m.index))) {
      return Math.abs(daysFromEvent(d.value)!) <= DATE_WINDOW_DAYS ? 'this' : 'other';
    }
    // "since November 5" dates this launch's predecessor, not this clause.
    if (!d || /\bsince\s+$/.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const days = d.value.length === 10 ? daysFromEvent(d.value) : null;
    if (days !== null && Math.abs(days) <= DATE_WINDOW_DAYS) return 'this';
    if (LAUNCH_WORD.test(s) && (d.yearWritten || d.value.length === 10)) mark = 'other';
    else if (d.value === '2025-01') return 'this';
  }
  if (mark) return mark;
  if (/\blatest (?:launch|test|missile)\b|\bthis (?:week's|latest) launch\b/i.test(s)) return 'this';
  if (OTHER_TIME.test(s)) return 'other';
  if (/\b(?:ICBM|intercontinental)\b/.test(s) && /\b(?:October|Hwasong-1[89]|solid-fuel)\b/.test(s)) return 'other';
  return null;
}

/** Splits a sentence into clauses and marks each, carrying `carry` in. */
export function markClauses(folded: string, start: number, end: number, carry: EventMark): Clause[] {
  const s = folded.slice(start, end);
  // A cut is where a clause starts; `since` marks the words after "since <date>",
  // which describe that earlier launch.
  const cuts = new Map<number, boolean>([[0, false]]);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) if (!cuts.has(m.index)) cuts.set(m.index, false);
  SINCE_DATE.lastIndex = 0;
  for (let m = SINCE_DATE.exec(s); m; m = SINCE_DATE.exec(s)) {
    DATE_AT.lastIndex = m.index + m[0].length;
    const d = DATE_AT.exec(s);
    if (d) cuts.set(d.index + d[0].length, true);
  }
  const order = [...cuts.keys()].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let mark = carry;
  order.forEach((cs, i) => {
    const ce = i + 1 < order.length ? order[i + 1]! : s.length;
    if (ce <= cs) return;
    const own = cuts.get(cs) ? 'other' : clauseMarker(folded, start + cs, start + ce);
    if (own) mark = own;
    clauses.push({ start: start + cs, end: start + ce, mark });
  });
  return clauses;
}

const SINCE_DATE = /\bsince\s+(?=[A-Z0-9])/g;

/** What the next sentence inherits: "this" if any clause was about this launch. */
export function sentenceCarry(clauses: Clause[], carry: EventMark): EventMark {
  if (clauses.some((c) => c.mark === 'this')) return 'this';
  return clauses[0]?.mark ?? carry;
}

/** Cheap test that a text is about North Korea and a missile at all. */
export const TOPIC = /\b(?:North Korea(?:n|'s)?|N\. ?Korea(?:n|'s)?|Pyongyang|DPRK|KCNA|Kim Jong[- ]?Un)\b/i;
export const MISSILE = /\b(?:missile|ICBM|IRBM|projectile|launch)/i;

/** Whether the text speaks of North Korea and a missile at all: the cheap first gate. */
export function mentionsTopic(text: string): boolean {
  return TOPIC.test(text) && MISSILE.test(text);
}

/** Anchors that tie a passage to the 6 January 2025 launch in particular. */
export const THIS_LAUNCH_ANCHOR = /\bBlinken\b|\bChoi Sang[- ]mok\b|\bhypersonic\b/i;
