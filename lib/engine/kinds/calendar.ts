/**
 * What the calendar kinds share: the finder of written dates (which are the
 * launch's date, the previous launch's or the inauguration's, by the words
 * around them; see date.ts, previous-launch.ts, inauguration.ts), whether
 * words date a statement rather than the launch, and time zones (weekday.ts,
 * time.ts).
 */
import { DATE_PATTERN, EVENT_DATE, isDateline, daysFromEvent, parseDate } from '../dates';
import { DATE_WINDOW_DAYS } from '../events';
import { inaugurationDate } from '../launches';
import { REGION } from '../region';
import { matches, type Extractor, type Found, type Scope } from '../scope';

/** "the previous launch, on November 5": the date follows the words closely. */
const PREVIOUS = /\b(?:previous|last|prior|preceding|most recent)\s+(?:\w+\s+)?(?:launch|test)\w*\b[^.;]{0,30}$/i;
/** "its first launch since November 5", "the first since it fired … on Nov. 5": the date right after "since", or after the launch it names. */
const FIRST_SINCE = /\bfirst\b[^.;]{0,40}\bsince\s+(?:on\s+|the\s+)?$|\bfirst\b[^.;]{0,40}\bsince\s+(?:it|the North|North Korea|Pyongyang)\s+(?:fired|launched|tested|test-fired)\b[^.;,]{0,60}?\bon\s+$/i;
/** "the first launch since", "has not tested since": a since-date that dates a launch, not someone's time in office. */
const LAUNCH_BEFORE_SINCE = /\b(?:launch\w*|test\w*|fir(?:ed|ing)|missiles?|provocation|salvo)\b[^.;]{0,50}\bsince\s+(?:on\s+)?$/i;
const INAUGURATION = /\b(?:takes? office|took office|inaugura\w+|sworn in|swearing-in|assumes? office|return(?:s|ing)? to (?:the White House|office)|back in (?:the )?White House)\b/i;

/** "the January 6 launch", "Monday's test": the words after name the launch the date is of. */
export const LAUNCH_DAY_AFTER = /^(?:'s)?\s+(?:launch|test|firing|missile|flight)\b/i;

/** Written dates, each read as the launch's, the previous launch's or the inauguration's. */
export const dates: Extractor = (scope) => {
  if (!/\d|early|mid|late/i.test(scope.sentence)) return [];
  const out: Found[] = [];
  let inauguration: boolean | undefined;
  for (const m of matches(DATE_PATTERN, scope)) {
    const d = parseDate(m.groups ?? {});
    if (!d) continue;
    const before = scope.folded.slice(Math.max(scope.start, m.at - 80), m.at);
    // "SEOUL, Jan. 7 (Reuters) -": a dateline dates the story, not the launch.
    if (isDateline(scope.folded.slice(scope.start, m.at), scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 50))) continue;
    const base = { start: m.at, end: m.at + m[0].length, value: d.value, qualifier: null };
    // Trump's day first: "first since November, two weeks before the January 20 inauguration".
    if (inaugurationDate(d.value) && (inauguration ??= INAUGURATION.test(scope.sentence)) && !/\bsince\s+(?:on\s+)?$/i.test(before)) {
      out.push({ ...base, kind: 'inauguration', anyEvent: true });
    } else if ((/\bsince\s+(?:on\s+)?$/i.test(before) && LAUNCH_BEFORE_SINCE.test(before)) || (PREVIOUS.test(before) && scope.launchWord) || FIRST_SINCE.test(before)) {
      out.push({ ...base, kind: 'previous-launch', anyEvent: true });
    } else if (scope.launchWord && (LAUNCH_DAY_AFTER.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 16)) || !datesAStatement(scope, m.at))) {
      const days = d.value.length === 10 ? daysFromEvent(d.value) : null;
      if ((days !== null && Math.abs(days) <= DATE_WINDOW_DAYS) || d.value === EVENT_DATE.slice(0, 7)) {
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

export function datesAStatement(scope: Scope, at: number): boolean {
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

/** Every zone name the region data knows, longest first, as a pattern source. */
export const ZONE = `(?:${[...REGION.zones.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
export const WEEKDAY_WORD = String.raw`(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day`;
const ZONE_AFTER = new RegExp(String.raw`^\s*\(?(${ZONE})\b`, 'i');
const CLOCK_BEFORE = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?\s*(?:on\s+)?$/i;

/**
 * Days to add to a weekday written in another zone to get Korea's: "10 p.m.
 * Sunday ET" is Monday in Korea (1); 0 when no zone is written; null when a
 * zone is written without a clock time, so the day in Korea cannot be told.
 */
export function zoneShift(scope: Scope, start: number, end: number): number | null {
  const zone = ZONE_AFTER.exec(scope.folded.slice(end, end + 40));
  if (!zone) return 0;
  const offset = zoneOffset(zone[1]!);
  if (offset === 0) return 0;
  const clock = CLOCK_BEFORE.exec(scope.folded.slice(Math.max(scope.start, start - 16), start));
  if (!clock) return null;
  const hours = (Number(clock[1]) % 12) + (clock[3]!.toLowerCase() === 'p' ? 12 : 0) + Number(clock[2] ?? 0) / 60;
  return Math.floor((hours + offset) / 24);
}

export function zoneOffset(zone: string): number {
  return REGION.zones.get(zone.toLowerCase().replace(/\s+/g, ' ')) ?? 0;
}
