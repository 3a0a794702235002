/**
 * Distance: how far the missile flew, in kilometres (from km, miles or
 * nautical miles, with a bracketed conversion read as part of the same
 * claim). Its finder also reads altitudes (altitude.ts): the nearest cue
 * before a figure says which it is.
 */
import { NUMBER_SOURCE, QUALIFIER_SOURCE, numeralReach, parseNumber, spacedAsWritten, tidy } from '../numbers';
import { candidateMatches } from '../candidates';
import { afterQualifier, type Extractor, type Found, type Scope } from '../scope';
import { numericStance, showFigure, validFigure, type KindModule } from './kind';
import { FIGURE_START, KM_PER_MILE, isFlightFigure, toKm, trimEnd, unitOf } from './measures';

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

/** The last of these before a figure says what it measures: group 1 altitude, group 2 distance. */
const CUE = /\b(?:(altitude|apogee|height|peaks?|ceiling|soar\w*|climb\w*|high)|(fl(?:ew|ying|ight|own|ies|y)|travel+\w*|range|distance|cover\w*|journey\w*|went|reach\w*|trajectory|track\w*))\b/gi;
const NOT_FLIGHT_AFTER = /^\s*(?:north|south|east|west|northeast|northwest|southeast|southwest|from(?! (?:the |its )?(?:launch|firing) (?:site|point|area|pad))|off|away|long|wide|apart|inland|of (?:Guam|Hawaii|Alaska|Tokyo|Seoul|Japan|the (?:US|U\.S\.|United States|American) (?:mainland|territory)))\b/i;

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

/** How every unit of length begins (UNIT). */
const UNIT_START = /^(?:kilomet|km|nautical|mi)/i;
/** The pre-check at a digit: a figure with a unit has the unit right after its numeral. */
const measureCouldStartAt = (s: string, at: number) => {
  const c = s.charCodeAt(at);
  return !(c >= 48 && c <= 57) || UNIT_START.test(s.slice(numeralReach(s, at), numeralReach(s, at) + 8));
};

/** Distances and altitudes with their units, spans ("between 1,000 and 1,200 km") and bracketed conversions. */
export const distanceAndAltitude: Extractor = (scope) => {
  if (!HAS_UNIT.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of candidateMatches(MEASURE, FIGURE_START, scope, measureCouldStartAt)) {
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


export const distance: KindModule = {
  kind: 'distance',
  find: [distanceAndAltitude],
  patterns: [[MEASURE, FIGURE_START, measureCouldStartAt]],
  camped: true,
  stance: numericStance,
  show: showFigure((n) => `${n} km`),
  validate: validFigure,
};
