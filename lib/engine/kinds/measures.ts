/**
 * What the figure kinds share (distance, altitude, speed, troops,
 * casualties): units and their conversion to kilometres, where a figure can
 * start for the candidate scanner, and whether a figure reports a flight
 * rather than a class's range or a definition.
 */
import { DIGIT_RUN, HEDGE, NUMBER_WORD } from '../candidates';
import type { Scope } from '../scope';

export const KM_PER_MILE = 1.609344;
const KM_PER_NAUTICAL_MILE = 1.852;
/** Speed of sound used by coverage that converts Mach to km/h (sea level, 15 °C). */
export const KMH_PER_MACH = 1225;

/** Where a figure can start: a hedge or a numeral (see candidates.ts). */
export const FIGURE_START = DIGIT_RUN | NUMBER_WORD | HEDGE;

export function toKm(value: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('nautical')) return value * KM_PER_NAUTICAL_MILE;
  if (u.startsWith('mi')) return value * KM_PER_MILE;
  return value;
}

export function unitOf(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith('nautical')) return 'nmi';
  return u.startsWith('mi') ? 'mi' : 'km';
}

export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  return end;
}

/**
 * A sentence that defines or generalises rather than reports: "hypersonic
 * means at least five times the speed of sound", "IRBMs are defined as…",
 * "by the usual definition". Its figures are nobody's flight.
 */
const DEFINITION = /\b(?:means|mean|is defined as|at sea level|would be roughly|would be about|works out (?:to|at)|is equivalent to|equals roughly|(?:is|are) (?:\w+ )?used for (?:anything|any|weapons|missiles)|anything (?:faster|travelling|traveling|flying) (?:than|at)|anything (?:above|over|beyond)|(?:gets?|is|are) (?:called|labell?ed|classed as) hypersonic|counts? as hypersonic|are (?:\w+ )?defined as|(?:is|are) (?:usually |generally |commonly |conventionally )?(?:taken|understood) to mean|refers to|by (?:the usual|that|this|any|a common) definition|by definition|is classed as any|are those)\b/i;
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

/** How far back a figure's clause is looked for (characters). */
const FLIGHT_WINDOW = 240;

/** Whether a figure starting at `start` reports a flight, not a class's range or a definition. */
export function isFlightFigure(scope: Scope, start: number): boolean {
  if (generalSentence(scope)) return false;
  // A window, not the whole sentence: a sentence with no terminator can be megabytes long, and
  // reading back to its start for each figure would make the check quadratic.
  const before = scope.folded.slice(Math.max(scope.start, start - FLIGHT_WINDOW), start);
  if (COMPARED.test(before.slice(-40))) return false;
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(', '), before.lastIndexOf(' - '));
  const clause = before.slice(cut + 1);
  return !CAPABILITY.test(clause);
}

