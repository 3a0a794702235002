/**
 * Previous launch: the date of North Korea's launch before this one ("its
 * first launch since November 5", "the previous launch in October"). The
 * dates finder (calendar.ts) reads written dates; the finder here, a launch
 * dated by its month alone.
 */
import { parseDate } from '../dates';
import { matches, type Extractor, type Found } from '../scope';
import { dates } from './calendar';
import { calendarStance, showDate, validDate, type KindModule } from './kind';

/** "the previous launch in October", "its first test since November": a launch dated by its month alone. */
const PREVIOUS_MONTH = /\b(?:(?:previous|last|prior|preceding|most recent)\s+(?:\w+\s+)?(?:launch|test)\w*\s+(?:was\s+)?(?:in|back in|during)|(?:launch|test|firing)\w*\s+since|first\s+(?:\w+\s+){0,3}since)\s+(?:early\s+|mid-|late\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/gi;

/** The previous launch dated by its month alone. */
export const previousMonths: Extractor = (scope) => {
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

export const previousLaunch: KindModule = {
  kind: 'previous-launch',
  find: [dates, previousMonths],
  camped: false,
  stance: calendarStance,
  show: showDate,
  validate: validDate,
};
