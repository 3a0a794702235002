/**
 * Which launch a passage speaks of. Coverage of a launch recalls other
 * launches (coverage of 6 January 2025 recalls 31 October and 5 November
 * 2024, "last year's" hypersonic tests); figures about those must never be
 * compared with this launch's (the active event's, see launches.ts). Each clause is marked as about this launch, another
 * one, or neither; unmarked clauses follow the clause or sentence before
 * them, and a paragraph starts from the text's own default.
 */
import { DATE_AT, DATE_PATTERN, EVENT_DATE, daysFromEvent, isDateline, parseDate, type ParsedDate } from './dates';
import { EVENT_ID, WEIGHT, launchEvidence, launchNear, launchOnMonthDay, shiftDate } from './launches';
export { MISSILE, TOPIC, mentionsTopic } from './topic';

export type EventMark = 'this' | 'other';

/** A clause's mark and, when known, the launch it speaks of (its id in the launch data). */
export interface Marked {
  mark: EventMark;
  launch: string | null;
}

/** What a clause is read against: the date of the launch the story is about, for "a week after". */
export interface MarkContext {
  storyDate: string;
}

/** This launch: the active event's (see launches.ts). */
const thisLaunch = (): Marked => ({ mark: 'this', launch: EVENT_ID });
const other = (launch: string | null): Marked => ({ mark: 'other', launch });
const ofLaunch = (id: string | null): Marked => (id === EVENT_ID ? thisLaunch() : other(id));

/** Where clauses split: their markers do not spill into each other. */
const CLAUSE_BREAK = /,\s+(?:\w+ly\s+)?(?:but|while|whereas|when|after|following|unlike|compared with|as|and)\s|(?:,\s+|\s+)(?=(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|since|following|before)\b)|\s+but\s|;\s|\s[—–-]\s|\(|\)/g;

/** Words that place a clause in another time than this launch. */
const OTHER_TIME =
  /\b(?:last|previous|prior|earlier) (?:year|years|month|test|tests|launch|launches|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\b|\b(?:in|during|since) (?:19\d\d|20(?:0\d|1\d|2[0-4]))\b|\b(?:19\d\d|20(?:0\d|1\d|2[0-4]))(?:'s)? (?:test|launch)|\bpreviously\b|\bthe year before\b/i;

/** Launch words: a date in a clause with one of these dates a launch. */
export const LAUNCH_WORD =
  /\b(?:launch\w*|fir(?:e|ed|es|ing)|test(?:ed|s|ing)?|missile\w*|projectile\w*|flew|fly|flying|flight|landed|splashed|went up|came down|took off|lifted off)\b/i;

/** Dates within this many days of the launch are this launch's (a wrong date is still a claim about it). */
export const DATE_WINDOW_DAYS = 3;

/**
 * "a week after it tested…", "last week's launch", "two weeks earlier": a
 * launch dated from the story's own. Group 1 the count, group 2 the unit.
 */
const RELATIVE =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(?:after|since|following|ago|earlier|before(?= (?:it|that|the|its|North|Pyongyang)\b))|\b(?:last|previous) (week)(?:'s)?\b/i;
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function relativeLaunch(s: string, ctx: MarkContext | undefined): Marked | null {
  if (!ctx) return null;
  const m = RELATIVE.exec(s);
  if (!m) return null;
  const n = m[3] ? 1 : (COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]));
  const days = (m[3] ?? m[2]!).startsWith('week') ? 7 * n : n;
  const near = launchNear(shiftDate(ctx.storyDate, -days), days >= 7 ? 3 : 1);
  return near ? ofLaunch(near.id) : null;
}

/** The launch a date speaks of: a known one near it, else an unknown one (null). */
function launchOfDate(d: ParsedDate): string | null {
  if (d.value.length !== 10) return null;
  const near = launchNear(d.value);
  if (near) return near.id;
  return d.yearWritten ? null : (launchOnMonthDay(d.value.slice(5))?.id ?? null);
}

export interface Clause extends Marked {
  start: number;
  end: number;
}

/** Marks written in a clause, or null. `since <date>` is handled by the caller. */
export function clauseMarker(folded: string, start: number, end: number, ctx?: MarkContext): Marked | null {
  const s = folded.slice(start, end);
  let mark: Marked | null = null;
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(s); m; m = DATE_PATTERN.exec(s)) {
    const d = parseDate(m.groups ?? {});
    // A dateline dates the story: near 6 January it is this launch's, else another's.
    if (d && d.value.length === 10 && isDateline(s.slice(0, m.index), s.slice(m.index + m[0].length, m.index + m[0].length + 50))) {
      return Math.abs(daysFromEvent(d.value)!) <= DATE_WINDOW_DAYS ? thisLaunch() : other(launchOfDate(d));
    }
    // "since November 5" dates this launch's predecessor, not this clause.
    if (!d || /\bsince\s+$/.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const days = d.value.length === 10 ? daysFromEvent(d.value) : null;
    if (days !== null && Math.abs(days) <= DATE_WINDOW_DAYS) return thisLaunch();
    if (LAUNCH_WORD.test(s) && (d.yearWritten || d.value.length === 10)) mark = other(launchOfDate(d));
    else if (d.value === EVENT_DATE.slice(0, 7)) return thisLaunch();
  }
  if (mark) return mark;
  if (/\blatest (?:launch|test|missile)\b|\bthis (?:week's|latest) launch\b/i.test(s)) return thisLaunch();
  const relative = LAUNCH_WORD.test(s) ? relativeLaunch(s, ctx) : null;
  if (relative) return relative;
  if (OTHER_TIME.test(s)) return other(null);
  return evidenceMark(launchEvidence(s));
}

/** A mark from a clause's evidence, when it is decisive: a distinctive word, a site, a figure with a class, an official out of office. */
function evidenceMark(scores: Map<string, number>): Marked | null {
  if (scores.size === 0) return null;
  const own = scores.get(EVENT_ID) ?? 0;
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [id, n] of scores) {
    if (id === EVENT_ID) continue;
    if (n > bestScore) [best, bestScore, tie] = [id, n, false];
    else if (n === bestScore) tie = true;
  }
  if (own <= WEIGHT.outOfOffice) return other(bestScore > 0 && !tie ? best : null);
  if (bestScore >= WEIGHT.word && bestScore > own) return other(tie ? null : best);
  if (own >= WEIGHT.word && own > bestScore) return thisLaunch();
  return null;
}

/** Splits a sentence into clauses and marks each, carrying `carry` in. */
export function markClauses(folded: string, start: number, end: number, carry: Marked, ctx?: MarkContext): Clause[] {
  const s = folded.slice(start, end);
  // A cut is where a clause starts; `since` marks the words after "since <date>",
  // which describe that earlier launch.
  const cuts = new Map<number, Marked | null>([[0, null]]);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) if (!cuts.has(m.index)) cuts.set(m.index, null);
  SINCE_DATE.lastIndex = 0;
  for (let m = SINCE_DATE.exec(s); m; m = SINCE_DATE.exec(s)) {
    DATE_AT.lastIndex = m.index + m[0].length;
    const d = DATE_AT.exec(s);
    if (!d) {
      // "since November, when it fired …": a month alone dates that launch too.
      const month = MONTH_AT.exec(s.slice(m.index + m[0].length));
      if (month) cuts.set(m.index + m[0].length + month[0].length, other(null));
      continue;
    }
    const parsed = parseDate(d.groups ?? {});
    cuts.set(d.index + d[0].length, other(parsed ? launchOfDate(parsed) : null));
  }
  const order = [...cuts.keys()].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let mark = carry;
  order.forEach((cs, i) => {
    const ce = i + 1 < order.length ? order[i + 1]! : s.length;
    if (ce <= cs) return;
    const written = clauseMarker(folded, start + cs, start + ce, ctx);
    // After "since November 5" the words describe that launch, unless they date this one themselves.
    const since = cuts.get(cs);
    const own = since ? (written?.mark === 'this' ? written : since) : written;
    if (own) mark = own;
    clauses.push({ start: start + cs, end: start + ce, ...mark });
  });
  return clauses;
}

const SINCE_DATE = /\bsince\s+(?=[A-Z0-9])/g;
const MONTH_AT = /^(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/;

/** What the next sentence inherits: this launch if any clause was about it. */
export function sentenceCarry(clauses: Clause[], carry: Marked): Marked {
  const own = clauses.find((c) => c.mark === 'this');
  if (own) return { mark: own.mark, launch: own.launch };
  const first = clauses[0];
  return first ? { mark: first.mark, launch: first.launch } : carry;
}

/** Most that a story's body (past its first three blocks) adds for one launch. */
const BODY_CAP = 6;
/** A launch the data does not know: the story is about another launch, but which one cannot be told. */
const UNKNOWN = 'unknown';

/** Words before a date that look back from the story's own launch to another. */
const RECALLED_BEFORE = /\b(?:after|since|following|than|like|previous|last|earlier|before|recalled|recalling)\b[^.;]{0,40}$/i;
/** Sentences read to tell what a story is about: a long page says it well before this. */
const STORY_SENTENCES = 200;

/**
 * The launch a whole story is about: evidence from its headline and lead
 * (the first blocks that speak of a launch, weighed most), then the rest,
 * capped. Dates near a known launch count most (a date the story looks back
 * to less, a full date no known launch had for an unknown one), then
 * distinctive words, sites and figures, then weaker hints (a visitor). The
 * event wins ties and stories with no evidence.
 */
export function storyLaunch(folded: string, sentences: { start: number; end: number; block: number }[]): { launch: string; scores: Map<string, number> } {
  const opening = new Map<string, number>();
  const body = new Map<string, number>();
  let scores = opening;
  const add = (id: string, n: number) => scores.set(id, (scores.get(id) ?? 0) + n);
  // A block's rank counts only blocks that speak of a launch: a newsletter's masthead is not its lead.
  const read = sentences.slice(0, STORY_SENTENCES);
  const blocks = [...new Set(read.filter((s) => LAUNCH_WORD.test(folded.slice(s.start, s.end))).map((s) => s.block))];
  for (const [i, s] of read.entries()) {
    // A block with no launch word ranks as the headline when it stands above the lead, else as body.
    const at = blocks.indexOf(s.block);
    const rank = at >= 0 ? at : s.block < (blocks[0] ?? 0) ? 0 : 3;
    // The headline and the lead sentence say what the story is about more than anything after them.
    const weight = (rank <= 1 ? 3 : rank === 2 ? 2 : 0.5) * (i < 2 ? 2 : 1);
    scores = rank <= 2 ? opening : body;
    const text = folded.slice(s.start, s.end);
    for (const [id, n] of launchEvidence(text, true)) add(id, n * weight);
    DATE_PATTERN.lastIndex = 0;
    for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
      const d = parseDate(m.groups ?? {});
      if (!d || /\bsince\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (isDateline(text.slice(0, m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 50)) && d.value.length === 10) {
        // A story is dated the day of its launch or a day or two after.
        for (const back of [0, 1, 2]) {
          const near = launchNear(shiftDate(d.value, -back), 0);
          if (near) add(near.id, 3 * weight);
        }
        continue;
      }
      const id = launchOfDate(d);
      // "the third this year after the hypersonic test on January 6": a date the story looks back to.
      const recalled = RECALLED_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index)) ? 0.3 : 1;
      // A full date far from every known launch: a launch the data does not know (never this one).
      const unknown = !id && d.value.length === 10 && Math.abs(daysFromEvent(d.value)!) > DATE_WINDOW_DAYS;
      if ((id || unknown) && LAUNCH_WORD.test(text)) add(id ?? UNKNOWN, 5 * weight * recalled);
    }
  }
  // The body adds a little, however often it repeats itself (a liveblog's forty updates are not forty stories).
  scores = new Map(opening);
  for (const [id, n] of body) add(id, Math.min(n, BODY_CAP));
  let launch = EVENT_ID;
  let best = scores.get(EVENT_ID) ?? 0;
  for (const [id, n] of scores) {
    if (id !== EVENT_ID && n > best + 2) [launch, best] = [id, n];
  }
  return { launch, scores };
}

/** Anchors that tie a passage already about this launch to it: the event data's `anchors` (the visit, the weapon coverage leads with). */
export { THIS_LAUNCH_ANCHOR } from './launches';
