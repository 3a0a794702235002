/**
 * Troops: how many North Korean soldiers were sent to Russia ("10,000
 * troops"). Its finder also reads casualties written with a noun ("1,000
 * casualties", "10,000 troops … 1,000 killed"), see casualties.ts.
 */
import { NUMBER_SOURCE, QUALIFIER_SOURCE, parseNumber, spacedAsWritten } from '../numbers';
import { candidateMatches } from '../candidates';
import { afterQualifier, type Extractor, type Found } from '../scope';
import { numericStance, showFigure, validFigure, type KindModule } from './kind';
import { FIGURE_START } from './measures';

const HAS_COUNT = /troops|soldiers|personnel|servicemen|casualties|dead|of them/i;
const COUNT = new RegExp(
  String.raw`(?:(${QUALIFIER_SOURCE})\s+)?(${NUMBER_SOURCE})\s+(?:of (?:his|its|their|the|them)\s+)?(?:North Korean\s+|NK\s+)?(troops|soldiers|personnel|servicemen|casualties|dead|(?<=of them))\b`,
  'gi',
);
const HARMED = /\b(?:killed|injured|wounded|casualt\w*|dead|died|deaths|losses)\b/i;

/** Counts of troops, and of casualties named by their noun. */
export const counts: Extractor = (scope) => {
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

export const troops: KindModule = {
  kind: 'troops',
  find: [counts],
  patterns: [[COUNT, FIGURE_START]],
  camped: true,
  stance: numericStance,
  show: showFigure(),
  validate: validFigure,
};
