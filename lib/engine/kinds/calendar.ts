/**
 * When: the launch date, its weekday and clock time, the date of the launch
 * before it ("the first since November 5"), and Trump's inauguration date.
 */
import { DATE_PATTERN, isDateline, WEEKDAYS, WEEKDAY_PATTERN, daysFromEvent, parseDate } from '../dates';
import { DATE_WINDOW_DAYS } from '../events';
import { QUALIFIER_SOURCE } from '../numbers';
import { CLOCK_WORD, DIGIT_INNER, DIGIT_RUN, HEDGE, MONTH_WORD, candidateMatches } from '../candidates';
import { afterQualifier, matches, type Extractor, type Found, type Scope } from '../scope';

/** "the previous launch, on November 5": the date follows the words closely. */
const PREVIOUS = /\b(?:previous|last|prior|preceding|most recent)\s+(?:\w+\s+)?(?:launch|test)\w*\b[^.;]{0,30}$/i;
/** "its first launch since November 5", "the first since it fired … on Nov. 5": the date right after "since", or after the launch it names. */
const FIRST_SINCE = /\bfirst\b[^.;]{0,40}\bsince\s+(?:on\s+|the\s+)?$|\bfirst\b[^.;]{0,40}\bsince\s+(?:it|the North|North Korea|Pyongyang)\s+(?:fired|launched|tested|test-fired)\b[^.;,]{0,60}?\bon\s+$/i;
/** "the first launch since", "has not tested since": a since-date that dates a launch, not someone's time in office. */
const LAUNCH_BEFORE_SINCE = /\b(?:launch\w*|test\w*|fir(?:ed|ing)|missiles?|provocation|salvo)\b[^.;]{0,50}\bsince\s+(?:on\s+)?$/i;
const INAUGURATION = /\b(?:takes? office|took office|inaugura\w+|sworn in|swearing-in|assumes? office|return(?:s|ing)? to (?:the White House|office)|back in (?:the )?White House)\b/i;

/** "the previous launch in October", "its first test since November": a launch dated by its month alone. */
const PREVIOUS_MONTH = /\b(?:(?:previous|last|prior|preceding|most recent)\s+(?:\w+\s+)?(?:launch|test)\w*\s+(?:was\s+)?(?:in|back in|during)|(?:launch|test|firing)\w*\s+since|first\s+(?:\w+\s+){0,3}since)\s+(?:early\s+|mid-|late\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/gi;

/** Where a date can start (candidates.ts): a day or year in digits, a month, "early"/"mid"/"late". */
const DATE_START = DIGIT_RUN | MONTH_WORD;

const previousMonths: Extractor = (scope) => {
  if (!/since|previous|last|prior|preceding|recent/i.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of matches(PREVIOUS_MONTH, scope)) {
    const month = m[1]!;
    const at = m.at + m[0].lastIndexOf(month);
    const d = parseDate({ m4: month });
    if (d) out.push({ kind: 'previous-launch', start: at, end: at + month.length, value: d.value, qualifier: null, anyEvent: true });
  }
  return out;
};

/** "the January 6 launch", "Monday's test": the words after name the launch the date is of. */
const LAUNCH_DAY_AFTER = /^(?:'s)?\s+(?:launch|test|firing|missile|flight)\b/i;

const dates: Extractor = (scope) => {
  if (!/\d|early|mid|late/i.test(scope.sentence)) return [];
  const out: Found[] = [];
  let inauguration: boolean | undefined;
  for (const m of candidateMatches(DATE_PATTERN, DATE_START, scope)) {
    const d = parseDate(m.groups ?? {});
    if (!d) continue;
    const before = scope.folded.slice(Math.max(scope.start, m.at - 80), m.at);
    // "SEOUL, Jan. 7 (Reuters) -": a dateline dates the story, not the launch.
    if (isDateline(scope.folded.slice(scope.start, m.at), scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 50))) continue;
    const base = { start: m.at, end: m.at + m[0].length, value: d.value, qualifier: null };
    // Trump's day first: "first since November, two weeks before the January 20 inauguration".
    if (/^(?:2025-01-2\d)/.test(d.value) && (inauguration ??= INAUGURATION.test(scope.sentence)) && !/\bsince\s+(?:on\s+)?$/i.test(before)) {
      out.push({ ...base, kind: 'inauguration', anyEvent: true });
    } else if ((/\bsince\s+(?:on\s+)?$/i.test(before) && LAUNCH_BEFORE_SINCE.test(before)) || (PREVIOUS.test(before) && scope.launchWord) || FIRST_SINCE.test(before)) {
      out.push({ ...base, kind: 'previous-launch', anyEvent: true });
    } else if (scope.launchWord && (LAUNCH_DAY_AFTER.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 16)) || !datesAStatement(scope, m.at))) {
      const days = d.value.length === 10 ? daysFromEvent(d.value) : null;
      if ((days !== null && Math.abs(days) <= DATE_WINDOW_DAYS) || d.value === '2025-01') {
        out.push({ ...base, kind: 'date' });
      }
    }
  }
  return out;
};

const SAYING = String.raw`said|says|broke|emerged|spread|notified|alerted|warned|urged|reported|announced|told|stated|claimed|confirmed|added|came out|published|released|unveiled|called|described|hailed|boasted|touted|praised|lauded|gave|carried|ran|aired|showed|issued|revealed|disclosed|condemned|denounced|met|meets|visited|visits|held|holds|arrived|scheduled|due|expected|spoke|speaking`;
const SAID_BEFORE = new RegExp(String.raw`\b(?:${SAYING})\s+(?:on\s+|late\s+|early\s+)?$|\b(?:report|statement|account|announcement|dispatch|bulletin|briefing|notice|edition)\s+(?:of|on|dated|from)\s+$`, 'i');
const FIRST_VERB = new RegExp(String.raw`\b(${SAYING})\b|\b(launch(?:ed|es|ing)?|fir(?:ed|es|e)|test(?:ed|s)|test-fired|test-launched|flew|conducted|shot|lifted off|took off|blasted off|went up)\b`, 'i');

/**
 * Whether the words at `at` date a statement rather than the launch: a saying
 * verb just before them ("said Tuesday"), or no launch verb before them in the
 * sentence and a saying verb first after ("On Tuesday, KCNA said…").
 */
/** A speaker just before the words: "state media on Tuesday", "KCNA on Tuesday". */
const SPEAKER_ON = /\b(?:media|KCNA|agency|Rodong Sinmun|newspaper|Pyongyang|the North|officials?|ministry|statement|report)\s+(?:on|late|early)?\s*$/i;
/** The last of these before the words governs them: a launch verb (group 1) or another act (group 2). */
const LAST_VERB = new RegExp(String.raw`\b(?:(launch(?:ed|es|ing)?|fir(?:ed|es|e|ing)|test(?:ed|s|ing)|test-fired|flew|conducted|shot|tracked|detected|went up|took off|lifted off|flight|oversaw|supervised|watched|observed|guided)|(${SAYING}|meet|meeting|visit|talks))\b`, 'gi');

function datesAStatement(scope: Scope, at: number): boolean {
  if (SAID_BEFORE.test(scope.folded.slice(Math.max(scope.start, at - 30), at))) return true;
  if (SPEAKER_ON.test(scope.folded.slice(Math.max(scope.start, at - 30), at))) return true;
  const before = scope.folded.slice(scope.start, at);
  let last: RegExpExecArray | null = null;
  LAST_VERB.lastIndex = 0;
  for (let m = LAST_VERB.exec(before); m; m = LAST_VERB.exec(before)) {
    // "reported the launch on Tuesday": after a determiner, "launch" is a noun the saying verb governs.
    if (m[1] && last?.[2] && /\b(?:the|a|an|its|this|that|their)\s+(?:[a-z]+\s+)?$/i.test(before.slice(Math.max(0, m.index - 20), m.index))) continue;
    last = m;
  }
  if (last) return Boolean(last[2]);
  // No verb before the words: the first one after decides; with none at all, nothing ties them to the launch
  // ("At a bakery on Tuesday morning, talk turned to the missile").
  const verb = FIRST_VERB.exec(scope.folded.slice(at, scope.end));
  return !verb || Boolean(verb[1]);
}

const ZONE = String.raw`(?:local time|KST|Korea(?:n)?(?: Standard)? [Tt]ime|Seoul time|JST|Japan(?:ese)?(?: Standard)? [Tt]ime|Tokyo time|GMT|UTC|EST|EDT|ET|Eastern(?: Standard)? Time|CST|CDT|CT|Central Time|MST|PST|PT|Pacific Time|CET|German time|IST|India(?:n)? (?:Standard )?[Tt]ime)`;
const WEEKDAY_WORD = String.raw`(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day`;
const ZONE_AFTER = new RegExp(String.raw`^\s*\(?(${ZONE})\b`, 'i');
const CLOCK_BEFORE = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?\s*(?:on\s+)?$/i;

/**
 * Days to add to a weekday written in another zone to get Korea's: "10 p.m.
 * Sunday ET" is Monday in Korea (1); 0 when no zone is written; null when a
 * zone is written without a clock time, so the day in Korea cannot be told.
 */
function zoneShift(scope: Scope, start: number, end: number): number | null {
  const zone = ZONE_AFTER.exec(scope.folded.slice(end, end + 40));
  if (!zone) return 0;
  const offset = zoneOffset(zone[1]!);
  if (offset === 0) return 0;
  const clock = CLOCK_BEFORE.exec(scope.folded.slice(Math.max(scope.start, start - 16), start));
  if (!clock) return null;
  const hours = (Number(clock[1]) % 12) + (clock[3]!.toLowerCase() === 'p' ? 12 : 0) + Number(clock[2] ?? 0) / 60;
  return Math.floor((hours + offset) / 24);
}

/** A weekday is the launch's when a launch verb, not a saying verb, governs it. */
const weekdays: Extractor = (scope) => {
  const sentence = scope.sentence;
  if (!/day/i.test(sentence)) return [];
  if (!scope.launchWord) return [];
  const out: Found[] = [];
  for (const m of matches(WEEKDAY_PATTERN, scope)) {
    const launchDay = LAUNCH_DAY_AFTER.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 16));
    if (!launchDay && datesAStatement(scope, m.at)) continue;
    if (/^'s\b/.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 3)) && !launchDay) continue;
    const written = m[0][0]!.toUpperCase() + m[0].slice(1).toLowerCase();
    const shift = zoneShift(scope, m.at, m.at + m[0].length);
    if (shift === null) continue;
    const value = WEEKDAYS[(WEEKDAYS.indexOf(written as (typeof WEEKDAYS)[number]) + shift) % 7]!;
    const notes = shift ? [`${written} is the day in the time zone the text gives; in Korea it was ${value}.`] : [];
    out.push({ kind: 'weekday', start: m.at, end: m.at + m[0].length, value, qualifier: null, notes, ...(shift ? { detail: { unit: 'zoned' } } : {}) });
  }
  return out;
};

const CLOCK = String.raw`(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)(?![a-z])|(\d{1,2}):(\d{2})|(\d{2})(\d{2})(?=\s*(?:GMT|UTC))|(noon|midday|midnight))`;
const TIME = new RegExp(String.raw`(?:(${QUALIFIER_SOURCE}|shortly (?:before|after)|just (?:before|after))\s+)?${CLOCK}(?:\s+(?:on\s+)?${WEEKDAY_WORD}(?=\s*\(?${ZONE}))?(?:\s*\(?(${ZONE})\)?)?`, 'gi');
/** Where a clock time can start: any digit (TIME has no lookbehind), a hedge, "shortly"/"just", "noon". */
const TIME_START = DIGIT_RUN | DIGIT_INNER | HEDGE | CLOCK_WORD;
const PART_OF_DAY = /\b(?:(early|late)\s+)?(morning|afternoon|evening|night|dawn|daybreak)\b/gi;

/** Hours each zone is behind Korea. */
const ZONE_OFFSET: Record<string, number> = {
  gmt: 9, utc: 9, est: 14, edt: 13, et: 14, 'eastern time': 14, 'eastern standard time': 14,
  cst: 15, cdt: 14, ct: 15, 'central time': 15, mst: 16, pst: 17, pt: 17, 'pacific time': 17, cet: 8, 'german time': 8, ist: 3.5, 'india time': 3.5, 'indian time': 3.5,
  'india standard time': 3.5, 'indian standard time': 3.5,
};

/** Hours Korea is ahead of a zone as written, 0 for Korea's and Japan's own clocks. */
export function zoneOffset(zone: string): number {
  return ZONE_OFFSET[zone.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
}

interface ClockReading {
  minutes: number;
  zone: string | null;
}

function readClock(m: RegExpExecArray): ClockReading | null {
  let h: number;
  let min = 0;
  if (m[4] !== undefined) {
    h = Number(m[2]);
    min = m[3] ? Number(m[3]) : 0;
    const pm = m[4]!.toLowerCase().startsWith('p');
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (pm ? 12 : 0);
  } else if (m[5] !== undefined) {
    h = Number(m[5]);
    min = Number(m[6]);
  } else if (m[7] !== undefined) {
    h = Number(m[7]);
    min = Number(m[8]);
  } else {
    h = m[9]!.toLowerCase() === 'midnight' ? 0 : 12;
  }
  if (h > 23 || min > 59) return null;
  return { minutes: h * 60 + min, zone: m[10] ? m[10].toLowerCase() : null };
}

function toKorea(r: ClockReading): number {
  const offset = r.zone ? zoneOffset(r.zone) : 0;
  return (((r.minutes + offset * 60) % 1440) + 1440) % 1440;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const PARTS: Record<string, [number, number]> = {
  dawn: [240, 420], daybreak: [240, 420], morning: [300, 720], 'early morning': [0, 540], 'late morning': [540, 720],
  afternoon: [720, 1080], 'early afternoon': [720, 900], 'late afternoon': [900, 1080],
  evening: [1020, 1320], 'early evening': [1020, 1200], 'late evening': [1200, 1440],
  night: [1140, 1740], 'late night': [1320, 1740], 'early night': [1140, 1320],
};

const HAS_TIME = /\d|noon|midday|midnight|morning|afternoon|evening|night|dawn|daybreak/i;

const times: Extractor = (scope) => {
  const sentence = scope.sentence;
  if (!HAS_TIME.test(sentence)) return [];
  if (!scope.launchWord) return [];
  const out: Found[] = [];
  let previous: { found: Found; end: number; korea: number } | null = null;
  for (const m of candidateMatches(TIME, TIME_START, scope)) {
    const r = readClock(m);
    if (!r) continue;
    // "The coast guard notified vessels at 12:05 p.m.", "the JCS said at 3 p.m.": the time of a statement.
    if (datesAStatement(scope, m.at)) continue;
    // "10:58 p.m. ET - Updated: …": a live blog's timestamp, not the launch's time.
    if (m.at === scope.start && /^\s*[-—–:|]/.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 3))) continue;
    const korea = toKorea(r);
    const end = m.at + m[0].length;
    // "noon local time, or 03:00 GMT" and "12:00 (03:00 GMT)": the second is a conversion.
    if (previous && /^\s*(?:,?\s*or|\(|\/|,)\s*$/.test(scope.folded.slice(previous.end, m.at))) {
      if (Math.abs(previous.korea - korea) > 5 && Math.abs(previous.korea - korea) < 1435) {
        previous.found.notes!.push(`The two times given do not agree: ${hhmm(previous.korea)} and ${m[0].trim()} (${hhmm(korea)} in Korea).`);
      }
      previous = null;
      continue;
    }
    const qualifier = m[1] ? m[1].toLowerCase() : null;
    const slack = qualifier ? 30 : m[9] ? 5 : 1;
    const found: Found = {
      kind: 'time',
      start: afterQualifier(m, m[1]),
      end,
      value: hhmm(korea),
      qualifier,
      detail: { minutes: [korea - slack, korea + slack] },
      notes: [],
    };
    out.push(found);
    previous = { found, end, korea };
  }
  if (out.length > 0) return out;
  for (const m of matches(PART_OF_DAY, scope)) {
    const before = scope.folded.slice(Math.max(scope.start, m.at - 24), m.at);
    if (!/\b(?:in the|on the|this|that|early|late|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the)\s*$/i.test(before) && !m[1]) continue;
    if (datesAStatement(scope, m.at)) continue;
    const key = m[0].toLowerCase().replace(/\s+/g, ' ');
    const span = PARTS[key] ?? PARTS[m[2]!.toLowerCase()]!;
    out.push({ kind: 'time', start: m.at, end: m.at + m[0].length, value: key, qualifier: null, detail: { minutes: span } });
  }
  return out;
};

/** The patterns here tried only at candidates, with the candidates each starts at (for the scanner's test). */
export const CALENDAR_CANDIDATE_PATTERNS: [RegExp, number][] = [
  [DATE_PATTERN, DATE_START],
  [TIME, TIME_START],
];

export const calendarExtractors: Extractor[] = [dates, previousMonths, weekdays, times];
