/**
 * Time: the clock time of the launch in Korea ("around noon local time",
 * "03:00 GMT", "7:50 a.m."), or the part of the day ("Monday morning"),
 * with the span of minutes it covers; a conversion given beside it ("noon
 * local time (03:00 GMT)") is checked against it.
 */
import { QUALIFIER_SOURCE } from '../numbers';
import { afterQualifier, matches, type Extractor, type Found } from '../scope';
import { overlaps } from '../numbers';
import { WEEKDAY_WORD, ZONE, datesAStatement, zoneOffset } from './calendar';
import { showAsIs, validText, type KindModule } from './kind';

const CLOCK = String.raw`(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)(?![a-z])|(\d{1,2}):(\d{2})|(\d{2})(\d{2})(?=\s*(?:GMT|UTC))|(noon|midday|midnight))`;
const TIME = new RegExp(String.raw`(?:(${QUALIFIER_SOURCE}|shortly (?:before|after)|just (?:before|after))\s+)?${CLOCK}(?:\s+(?:on\s+)?${WEEKDAY_WORD}(?=\s*\(?${ZONE}))?(?:\s*\(?(${ZONE})\)?)?`, 'gi');
/** Seconds after a clock time: a timestamp. */
const TIMESTAMP_AFTER = /^:\d{2}/;
/** A zone-like word after a clock time: capitals ending in T ("AWDT", "MYT"), or "<Place> time". */
const UNKNOWN_ZONE_AFTER = /^\s*\(?(?:[A-Z]{2,4}T\b|[A-Z][a-z]+ time\b)/;
const PART_OF_DAY = /\b(?:(early|late)\s+)?(morning|afternoon|evening|night|dawn|daybreak)\b/gi;
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

/** Clock times (in Korea's time) and parts of the day. */
export const times: Extractor = (scope) => {
  const sentence = scope.sentence;
  if (!HAS_TIME.test(sentence)) return [];
  if (!scope.launchWord) return [];
  const out: Found[] = [];
  let previous: { found: Found; end: number; korea: number } | null = null;
  for (const m of matches(TIME, scope)) {
    const r = readClock(m);
    if (!r) continue;
    // "The coast guard notified vessels at 12:05 p.m.", "the JCS said at 3 p.m.": the time of a statement.
    if (datesAStatement(scope, m.at)) continue;
    // "10:58 p.m. ET - Updated: …": a live blog's timestamp, not the launch's time.
    if (m.at === scope.start && /^\s*[-—–:|]/.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 3))) continue;
    const end = m.at + m[0].length;
    // "[00:01:05]": a transcript's or a video's timestamp, not a time of day.
    if (TIMESTAMP_AFTER.test(scope.folded.slice(end, end + 3)) || /[\d:]$/.test(scope.folded.slice(Math.max(0, m.at - 1), m.at))) continue;
    // "2:00pm AWDT", "11am Perth time" in a zone the region data does not know: Korea's time cannot be told.
    if (!m[10] && UNKNOWN_ZONE_AFTER.test(scope.folded.slice(end, end + 24))) continue;
    const korea = toKorea(r);
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

export const time: KindModule = {
  kind: 'time',
  find: [times],
  camped: true,
  // Clock times agree when the minutes they cover overlap; without them they are not compared.
  stance: (claim, ref) => {
    const a = claim.detail?.minutes;
    const b = ref.detail?.minutes;
    if (!a || !b) return null;
    return overlaps(a, b) ? 'agree' : 'differ';
  },
  show: showAsIs,
  validate: validText,
};
