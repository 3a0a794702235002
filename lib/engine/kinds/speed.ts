/**
 * Speed: how fast, as a Mach number ("Mach 12", "12 times the speed of
 * sound", "6,200 km/h", "3,850 mph" converted at sea-level Mach).
 */
import { NUMBER_SOURCE, QUALIFIER_SOURCE, parseNumber, spacedAsWritten, tidy } from '../numbers';
import { HEDGE, SPEED_WORD, candidateMatches } from '../candidates';
import { afterQualifier, type Extractor, type Found } from '../scope';
import { numericStance, showFigure, validFigure, type KindModule } from './kind';
import { FIGURE_START, KMH_PER_MACH, KM_PER_MILE, isFlightFigure } from './measures';

/** A speed also starts at "Mach" or "exceeded (the speed of sound)". */
const SPEED_START = FIGURE_START | SPEED_WORD;
const HAS_SPEED = /mach|sound|km\/h|kph|kmph|km\/hr|mph|per hour|an hour/i;

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

/** Speeds, in Mach. */
export const speedFinder: Extractor = (scope) => {
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


export const speed: KindModule = {
  kind: 'speed',
  find: [speedFinder],
  patterns: [[SPEED, SPEED_START]],
  camped: true,
  stance: numericStance,
  show: showFigure((n) => `Mach ${n}`),
  validate: validFigure,
};
