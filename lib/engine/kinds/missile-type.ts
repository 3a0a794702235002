/**
 * Missile type — what kind of missile: range class (short-range, intermediate-range,
 * intercontinental) and facets (ballistic, hypersonic). "Intermediate-range
 * ballistic missile" is two claims; "IRBM" is one, its range class (the writer
 * did not write "ballistic"). A class in general ("IRBMs can fly…", "every
 * IRBM test", a definition) or inside a quotation is no claim about this missile.
 */
import { insideQuote, matches, type Extractor, type Found } from '../scope';
import { showAsIs, validText, type KindModule } from './kind';

const TYPE =
  /\b(?:(hypersonic)|(ballistic)|((?:short|close)[- ]range)|((?:intermediate|mid|medium|middle)[- ]range)|(intercontinental)|(SRBMs?)|(IRBMs?|MRBMs?)|(ICBMs?))\b/gi;
const CONTEXT = /\b(?:missiles?|projectiles?|rockets?|weapons?|tests?|systems?|glide|launch\w*|vehicles?|IRBM|ICBM|warheads?)\b/i;

const facetsOf = (m: RegExpExecArray): string[] => {
  if (m[1]) return ['hypersonic'];
  if (m[2]) return ['ballistic'];
  if (m[3]) return ['short-range'];
  if (m[4]) return ['intermediate-range'];
  if (m[5]) return ['intercontinental'];
  if (m[6]) return ['short-range'];
  if (m[7]) return ['intermediate-range'];
  return ['intercontinental'];
};

const HAS_TYPE = /hypersonic|ballistic|range|intercontinental|BM/i;
/** A count before a plural class: "two short-range missiles", "a salvo of". */
const COUNTED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+|salvo of|barrage of|volley of|pair of)\s+(?:\w+[- ]?){0,3}$/i;
/** "every IRBM test", "any hypersonic weapon", "such missiles": a class in general. */
const GENERIC_BEFORE = /\b(?:every|any|all|such|most|many|other|these|those|of)\s+$|\b(?:typical|normal|usual|standard|common)\s+(?:of|for)\s+(?:an?\s+)?$/i;


/** Range classes and facets of the missile, where the sentence speaks of this one. */
export const missileTypes: Extractor = (scope) => {
  if (!HAS_TYPE.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of matches(TYPE, scope)) {
    const end = m.at + m[0].length;
    const isAcronym = Boolean(m[6] || m[7] || m[8]);
    if (!isAcronym && !CONTEXT.test(scope.folded.slice(end, Math.min(scope.end, end + 40)))) continue;
    if (/\bnot (?:an?|the)\s+$|\bnor\s+(?:an?\s+)?$/i.test(scope.folded.slice(Math.max(scope.start, m.at - 10), m.at))) continue;
    // "intermediate-range missiles" with no count: the class in general (this launch was one missile).
    if (/^\s+(?:ballistic\s+)?(?:missiles|weapons|rockets)\b/i.test(scope.folded.slice(end, end + 24)) && !COUNTED.test(scope.folded.slice(Math.max(scope.start, m.at - 30), m.at))) continue;
    // "IRBM-class tests": the class, not this missile.
    if (/^-(?:class|type)\b/i.test(scope.folded.slice(end, end + 7))) continue;
    if (GENERIC_BEFORE.test(scope.folded.slice(Math.max(scope.start, m.at - 24), m.at)) || /^[A-Z]+s$/.test(m[0]) || (!scope.readQuoted && insideQuote(scope, m.at))) continue;
    if (/\b(?:means|is defined as|are (?:\w+ )?defined as|by (?:the usual|that|this) definition)\b/i.test(scope.sentence)) continue;
    // "intermediate-range ballistic missile (IRBM)": the acronym repeats the words before it.
    if (isAcronym && /(?:missiles?|[a-z]-range|ballistic)\s*\($/i.test(scope.folded.slice(Math.max(scope.start, m.at - 30), m.at))) continue;
    for (const value of facetsOf(m)) out.push({ kind: 'missile-type', start: m.at, end, value, qualifier: null });
  }
  return out;
};

/** Range classes exclude each other; ballistic and hypersonic are facets of their own. */
export function missileFacet(value: string): string {
  return value.endsWith('-range') || value === 'intercontinental' ? 'range' : value;
}

export const missileType: KindModule = {
  kind: 'missile-type',
  find: [missileTypes],
  camped: true,
  // Compared only within a facet: a range class with a range class, "ballistic" with "ballistic".
  stance: (claim, ref) => {
    if (missileFacet(String(claim.value)) !== missileFacet(String(ref.value))) return null;
    return claim.value === ref.value ? 'agree' : 'differ';
  },
  show: showAsIs,
  validate: validText,
};
