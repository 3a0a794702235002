/**
 * Casualties: how many of the troops were killed or wounded. Read with a
 * noun by the troops finder ("1,000 casualties"), and here with the harm
 * after the figure ("over 1,000 of them have been killed").
 */
import { NUMBER_SOURCE, QUALIFIER_SOURCE, parseNumber, spacedAsWritten } from '../numbers';
import { candidateMatches } from '../candidates';
import type { Extractor, Found } from '../scope';
import { numericStance, showFigure, validFigure, type KindModule } from './kind';
import { FIGURE_START } from './measures';
import { counts } from './troops';

/** "over 1,000 of them have been killed or wounded", "of whom more than a thousand are thought to have been killed". */
const HARMED_COUNT = new RegExp(
  String.raw`(?:(${QUALIFIER_SOURCE})\s+)?(${NUMBER_SOURCE})\s+(?:of (?:them|those|whom)\s+)?(?:(?:have|had|has|are|were|was|is)\s+(?:\w+\s+){0,4}?)?(?:been\s+)?(?:killed|wounded|injured)\b`,
  'gi',
);

/** Casualties written with the harm after the figure, not a noun: "over 1,000 of them have been killed". */
export const harmedCounts: Extractor = (scope) => {
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


export const casualties: KindModule = {
  kind: 'casualties',
  find: [counts, harmedCounts],
  patterns: [[HARMED_COUNT, FIGURE_START]],
  camped: true,
  stance: numericStance,
  show: showFigure(),
  validate: validFigure,
};
