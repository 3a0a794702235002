/**
 * Figures with units: how far the missile flew and how high (kilometres, from
 * km or miles, with a bracketed conversion read as part of the same claim),
 * how fast (Mach), and the troop and casualty counts of the war in Ukraine.
 */
import { NUMBER_SOURCE, QUALIFIER_SOURCE, parseNumber, spacedAsWritten, tidy } from '../numbers';
import { DIGIT_RUN, HEDGE, NUMBER_WORD, SPEED_WORD, candidateMatches } from '../candidates';

/** Where a figure can start: a hedge or a numeral (see candidates.ts). */
const FIGURE_START = DIGIT_RUN | NUMBER_WORD | HEDGE;
/** A speed also starts at "Mach" or "exceeded (the speed of sound)". */
const SPEED_START = FIGURE_START | SPEED_WORD;
import { afterQualifier, type Extractor, type Found, type Scope } from '../scope';

const KM_PER_MILE = 1.609344;
const KM_PER_NAUTICAL_MILE = 1.852;
/** Speed of sound used by coverage that converts Mach to km/h (sea level, 15 °C). */
const KMH_PER_MACH = 1225;

/** What makes a length a speed: "km/h", "km per hour", "miles an hour". */
const PER_HOUR = String.raw`(?:\s*\/\s*h(?:r|our)?\b|\s+(?:per|an|a)\s+h(?:ou)?r\b)`;
/** A unit of length, never the first half of a speed ("6,200 km/h" is no 6,200 km). */
const UNIT = String.raw`(?:kilomet(?:er|re)s?|kms?|nautical miles?|miles?|mi)\b(?!${PER_HOUR})`;
const FIGURE = String.raw`(?:(${QUALIFIER_SOURCE})\s+)?(${NUMBER_SOURCE})\s*-?\s*(${UNIT})`;
const MEASURE = new RegExp(
  String.raw`${FIGURE}(?:\s*\(\s*(?:(?:${QUALIFIER_SOURCE}|or)\s+)?(${NUMBER_SOURCE})\s*-?\s*(${UNIT})\s*\))?`,
  'gi',
);
/**
 * A span or a list written before one unit: "between 1,000 and 1,200 km",
 * "1,000 to 1,200 km", "3,000-5,500 km" (group 1 the first figure, 2 the
 * joiner), and "peaks of 99.8 and 42.5 km" (joined by "and" after "peaks").
 */
const SPAN_BEFORE = new RegExp(String.raw`(?:\bbetween\s+)?(${NUMBER_SOURCE})\s*(?:(km|kilomet(?:er|re)s?|miles?)\s*)?(to|and|or|-|–)\s*$`, 'i');

function toKm(value: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('nautical')) return value * KM_PER_NAUTICAL_MILE;
  if (u.startsWith('mi')) return value * KM_PER_MILE;
  return value;
}

/** The last of these before a figure says what it measures: group 1 altitude, group 2 distance. */
const CUE = /\b(?:(altitude|apogee|height|peaks?|ceiling|soar\w*|climb\w*|high)|(fl(?:ew|ying|ight|own|ies|y)|travel+\w*|range|distance|cover\w*|journey\w*|went|reach\w*|trajectory|track\w*))\b/gi;
const NOT_FLIGHT_AFTER = /^\s*(?:north|south|east|west|northeast|northwest|southeast|southwest|from(?! (?:the |its )?(?:launch|firing) (?:site|point|area|pad))|off|away|long|wide|apart|inland|of (?:Guam|Hawaii|Alaska|Tokyo|Seoul|Japan|the (?:US|U\.S\.|United States|American) (?:mainland|territory)))\b/i;

/**
 * A sentence that defines or generalises rather than reports: "hypersonic
 * means at least five times the speed of sound", "IRBMs are defined as…",
 * "by the usual definition". Its figures are nobody's flight.
 */
const DEFINITION = /\b(?:means|mean|is defined as|at sea level|would be roughly|would be about|works out (?:to|at)|is equivalent to|equals roughly|(?:is|are) (?:\w+ )?used for (?:anything|any|weapons|missiles)|anything (?:faster|travelling|traveling|flying) (?:than|at)|are (?:\w+ )?defined as|(?:is|are) (?:usually |generally |commonly |conventionally )?(?:taken|understood) to mean|refers to|by (?:the usual|that|this|any|a common) definition|by definition|is classed as any|are those)\b/i;
/**
 * Just before a figure: what a class of missile, or this one, *could* do, not
 * what it did ("IRBMs can fly 3,000–5,500 km", "could have flown 4,000 km",
 * "capable of reaching", "missiles of this type"). Read back to the last
 * clause break.
 */
const CAPABILITY =
  /\b(?:can|could|capable of|able to|designed to|would|in theory|theoretically|potentially|enough to|credited with|generally|typically|usually)\b|\b(?:IRBMs|ICBMs|SRBMs|(?:such|these|those) missiles|(?:any|every)\s+(?:[\w-]+\s+){0,2}(?:missile|weapon|vehicle|warhead)s?|(?:an?\s+)?(?:missile|weapon|vehicle|warhead)s? (?:of|in) (?:this|that|its|their|the \S+) (?:type|class|kind|category))\b|\branges? of\b/i;

/** "At Mach 12 a missile would cover…": what any missile would do, anywhere in the sentence. */
const HYPOTHETICAL = /\b(?:a|any|such a|one) (?:missile|weapon|warhead|projectile)\s+(?:would|could|can|might)\b/i;

const generalCache = new WeakMap<Scope, boolean>();
/** A definition or a hypothetical: read once per sentence, however many figures it has. */
function generalSentence(scope: Scope): boolean {
  let general = generalCache.get(scope);
  if (general === undefined) generalCache.set(scope, (general = DEFINITION.test(scope.sentence) || HYPOTHETICAL.test(scope.sentence)));
  return general;
}

/** "lower than the Hwasong-16B's 72.3 km", "1,100 km against 600 km": the other thing's figure. */
const COMPARED = /\b(?:than|compared with|compared to|against|versus|vs\.?)\s+(?:(?:the|its|that of|those of)\s+)?(?:[\w-]+'s\s+)?(?:(?:about|some|roughly|around)\s+)?$/i;

/** Whether a figure starting at `start` reports a flight, not a class's range or a definition. */
export function isFlightFigure(scope: Scope, start: number): boolean {
  if (generalSentence(scope)) return false;
  const before = scope.folded.slice(scope.start, start);
  if (COMPARED.test(before.slice(-40))) return false;
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(', '), before.lastIndexOf(' - '));
  const clause = before.slice(cut + 1);
  return !CAPABILITY.test(clause);
}

/** Which measure a km figure is: the nearest cue before it decides. */
function measureOf(scope: Scope, start: number, end: number): 'distance' | 'altitude' | null {
  const after = scope.folded.slice(end, end + 24);
  if (/^\s*(?:high|in altitude|up|into space|(?:first |second |maximum |top )?(?:peak|apogee|altitude|ceiling))\b/i.test(after)) return 'altitude';
  if (NOT_FLIGHT_AFTER.test(after)) return null;
  const before = scope.folded.slice(Math.max(scope.start, start - 60), start);
  let best: 'distance' | 'altitude' | null = null;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(before); m; m = CUE.exec(before)) best = m[1] ? 'altitude' : 'distance';
  if (best) return best;
  return scope.launchWord ? 'distance' : null;
}

const HAS_UNIT = /km|kilomet|mile|\bmi\b/i;
const HAS_SPEED = /mach|sound|km\/h|kph|kmph|km\/hr|mph|per hour|an hour/i;
const HAS_COUNT = /troops|soldiers|personnel|servicemen|casualties|dead|of them/i;

const distanceAndAltitude: Extractor = (scope) => {
  if (!HAS_UNIT.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of candidateMatches(MEASURE, FIGURE_START, scope)) {
    const [, qualifier, rawNumber, unit, rawAlt, altUnit] = m;
    const n = parseNumber(rawNumber!);
    if (!n || !spacedAsWritten(scope.text.slice(m.at, m.at + m[0].length))) continue;
    const start = afterQualifier(m, qualifier);
    const figureEnd = m.at + m[0].length - (rawAlt ? m[0].length - m[0].lastIndexOf('(') : 0);
    const end = trimEnd(scope.folded, start, figureEnd);
    const kind = measureOf(scope, m.at, end);
    if (!kind || !isFlightFigure(scope, m.at)) continue;
    // "1.100 km" in a text that otherwise writes English numerals: 1.1 or 1,100? Neither is safe to judge.
    if (/^\d{1,3}\.\d{3}$/.test(rawNumber!.trim())) continue;
    let km = toKm(n.value, unit!);
    let tolerance = toKm(n.rounding, unit!);
    let from = start;
    // "between 1,000 and 1,200 km" is one claim, the span; "peaks of 99.8 and 42.5 km" two.
    const span = qualifier ? null : SPAN_BEFORE.exec(scope.folded.slice(Math.max(scope.start, m.at - 40), m.at));
    if (span) {
      const first = parseNumber(span[1]!);
      const spanStart = m.at - span[0].length + span[0].indexOf(span[1]!);
      const firstKm = first ? toKm(first.value, span[2] ?? unit!) : NaN;
      const isList = span[3] === 'and' && !/between\s*$/i.test(scope.folded.slice(Math.max(scope.start, spanStart - 9), spanStart));
      if (first && isList && !span[2]) {
        out.push({ kind, start: spanStart, end: spanStart + span[1]!.length, value: tidy(firstKm), qualifier: null, detail: { tolerance: toKm(first.rounding, span[2] ?? unit!), unit: unitOf(span[2] ?? unit!) } });
      } else if (first && !isList && firstKm < km) {
        from = Math.max(scope.start, spanStart - (/between\s+$/i.test(scope.folded.slice(Math.max(scope.start, spanStart - 8), spanStart)) ? 8 : 0));
        tolerance = (km - firstKm) / 2;
        km = (km + firstKm) / 2;
      }
    }
    const notes: string[] = [];
    if (rawAlt) {
      const alt = parseNumber(rawAlt);
      if (alt) {
        const altKm = toKm(alt.value, altUnit!);
        // Bracketed conversions are rounded loosely; flag only a clear mismatch.
        if (Math.abs(altKm - km) > Math.max(0.03 * km, toKm(alt.rounding, altUnit!) + toKm(n.rounding, unit!))) {
          notes.push(`The conversion in brackets does not match: ${rawNumber} ${unit} is about ${tidy(unitOf(altUnit!) === 'mi' ? km / KM_PER_MILE : km)} ${altUnit}, not ${rawAlt}.`);
        }
      }
    }
    out.push({
      kind,
      start: from,
      end,
      value: tidy(km),
      qualifier: qualifier ? qualifier.toLowerCase() : null,
      detail: { tolerance, unit: unitOf(unit!) },
      notes,
    });
  }
  return out;
};

function unitOf(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith('nautical')) return 'nmi';
  return u.startsWith('mi') ? 'mi' : 'km';
}

function trimEnd(s: string, start: number, end: number): number {
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  return end;
}

/** "times the speed of sound", "times faster than sound", "times faster than the speed of sound". */
const TIMES_SOUND = String.raw`times\s+(?:(?:faster|quicker)\s+than\s+(?:the\s+speed\s+of\s+)?sound|(?:the\s+)?speed\s+of\s+sound)`;
/**
 * A speed: "Mach 12", "12 times the speed of sound", "exceeded the speed of
 * sound by 12 times", "6,200 km/h", "3,850 mph". The figure-led forms share
 * one numeral (group 4) and say which they are by the unit group that
 * matched (5 times, 6 km/h, 7 mph): one copy of the numeral pattern instead
 * of three keeps the pattern small. The two orders find the same matches:
 * the forms start differently ("Mach", a verb, a numeral), and a numeral
 * never ends where another reading of it could take a different unit.
 */
const SPEED = new RegExp(
  String.raw`(?:(${QUALIFIER_SOURCE})\s+)?(?:Mach[\s-]?(${NUMBER_SOURCE})\b|(?:exceed\w*|surpass\w*|beat\w*|outpac\w*)\s+the\s+speed\s+of\s+sound\s+by\s+(${NUMBER_SOURCE})\s+times|(${NUMBER_SOURCE})(?:(\s+${TIMES_SOUND})|(\s*(?:km\/h|kph|kmph|km\/hr|km\s+(?:per|an)\s+hour|kilomet(?:er|re)s?\s+(?:per|an)\s+hour))|(\s*(?:mph|miles?\s+(?:per|an)\s+hour))))`,
  'gi',
);

/** The literal words every figure-led speed ends on: "times" (the speed of sound), km/h and its kin, mph and its kin. */
const FIGURE_UNIT_AFTER = /times|km\/h|kph|kmph|km\/hr|km\s+(?:per|an)\s+hour|kilomet(?:er|re)s?\s+(?:per|an)\s+hour|mph|miles?\s+(?:per|an)\s+hour/i;

/** Mach from km/h, and from mph by way of km/h. */
const MACH_PER_KMH = 1 / KMH_PER_MACH;
const MACH_PER_MPH = KM_PER_MILE / KMH_PER_MACH;

const speed: Extractor = (scope) => {
  if (!HAS_SPEED.test(scope.sentence)) return [];
  const out: Found[] = [];
  // A speed led by a figure needs its unit somewhere after it: with none in the sentence, only
  // "Mach" and "exceeded the speed of sound" (and a hedge before them) can start one.
  const starts = FIGURE_UNIT_AFTER.test(scope.sentence) ? SPEED_START : HEDGE | SPEED_WORD;
  for (const m of candidateMatches(SPEED, starts, scope)) {
    const [, qualifier, mach, exceeded, figure, timesUnit, kmhUnit, mphUnit] = m;
    const times = timesUnit !== undefined ? figure : undefined;
    const kmh = kmhUnit !== undefined ? figure : undefined;
    const mph = mphUnit !== undefined ? figure : undefined;
    const raw = mach ?? times ?? exceeded ?? kmh ?? mph!;
    const n = parseNumber(raw);
    if (!n || !spacedAsWritten(scope.text.slice(m.at, m.at + m[0].length))) continue;
    // A speed in km/h or mph is anyone's (wind, a car, a runner): only a sentence about a launch or a
    // missile makes it the missile's. Mach and "times the speed of sound" need no such cue.
    if ((kmh || mph) && !scope.launchWord) continue;
    const factor = kmh ? MACH_PER_KMH : mph ? MACH_PER_MPH : 1;
    if (!isFlightFigure(scope, m.at)) continue;
    // "12 times the speed of sound (roughly 9,100 mph)": the brackets convert the figure before them.
    const previous = out[out.length - 1];
    if (previous && /^\s*\(\s*(?:[a-z]+\s+)?$/i.test(scope.folded.slice(previous.end, m.at))) continue;
    out.push({
      kind: 'speed',
      start: afterQualifier(m, qualifier),
      end: m.at + m[0].length,
      value: tidy(n.value * factor),
      qualifier: qualifier ? qualifier.toLowerCase() : null,
      detail: { tolerance: n.rounding * factor, unit: kmh ? 'km/h' : mph ? 'mph' : mach ? 'mach' : 'times-sound' },
    });
  }
  return out;
};

const COUNT = new RegExp(
  String.raw`(?:(${QUALIFIER_SOURCE})\s+)?(${NUMBER_SOURCE})\s+(?:of (?:his|its|their|the|them)\s+)?(?:North Korean\s+|NK\s+)?(troops|soldiers|personnel|servicemen|casualties|dead|(?<=of them))\b`,
  'gi',
);
const HARMED = /\b(?:killed|injured|wounded|casualt\w*|dead|died|deaths|losses)\b/i;
/** "over 1,000 of them have been killed or wounded", "of whom more than a thousand are thought to have been killed". */
const HARMED_COUNT = new RegExp(
  String.raw`(?:(${QUALIFIER_SOURCE})\s+)?(${NUMBER_SOURCE})\s+(?:of (?:them|those|whom)\s+)?(?:(?:have|had|has|are|were|was|is)\s+(?:\w+\s+){0,4}?)?(?:been\s+)?(?:killed|wounded|injured)\b`,
  'gi',
);

const counts: Extractor = (scope) => {
  if (!HAS_COUNT.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of candidateMatches(COUNT, FIGURE_START, scope)) {
    const [, qualifier, rawNumber, noun] = m;
    const n = parseNumber(rawNumber!);
    if (!n || n.value < 10 || !spacedAsWritten(scope.text.slice(m.at, m.at + m[0].length))) continue;
    // Only the rest of this clause: "10,000 troops to Russia, and 1,000 killed" is two measures.
    const after = scope.folded.slice(m.at + m[0].length, Math.min(scope.end, m.at + m[0].length + 60)).split(/[,;]/)[0]!;
    const kind = HARMED.test(noun!) || HARMED.test(after) ? 'casualties' : 'troops';
    // "1,000 of them" counts only as casualties ("… have been killed").
    if (noun === '' && kind !== 'casualties') continue;
    out.push({
      kind,
      start: afterQualifier(m, qualifier),
      end: m.at + m[0].length,
      value: n.value,
      qualifier: qualifier ? qualifier.toLowerCase() : null,
      detail: { tolerance: n.rounding },
      anyEvent: true,
    });
  }
  return out;
};

/** Casualties written with the harm after the figure, not a noun: "over 1,000 of them have been killed". */
const harmedCounts: Extractor = (scope) => {
  if (!/killed|wounded|injured/i.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of candidateMatches(HARMED_COUNT, FIGURE_START, scope)) {
    const [, qualifier, rawNumber] = m;
    const n = parseNumber(rawNumber!);
    if (!n || n.value < 10 || !spacedAsWritten(rawNumber!)) continue;
    const start = m.at + m[0].indexOf(rawNumber!, qualifier ? qualifier.length : 0);
    out.push({ kind: 'casualties', start, end: start + rawNumber!.length, value: n.value, qualifier: qualifier ? qualifier.toLowerCase() : null, detail: { tolerance: n.rounding }, anyEvent: true });
  }
  return out;
};

/** The patterns here tried only at candidates, with the candidates each starts at (for the scanner's test). */
export const MEASURE_CANDIDATE_PATTERNS: [RegExp, number][] = [
  [MEASURE, FIGURE_START],
  [SPEED, SPEED_START],
  [COUNT, FIGURE_START],
  [HARMED_COUNT, FIGURE_START],
];

export const measureExtractors: Extractor[] = [distanceAndAltitude, speed, counts, harmedCounts];
