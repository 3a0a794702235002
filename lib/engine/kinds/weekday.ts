/**
 * Weekday: the day of the week the text gives the launch ("on Monday"),
 * turned into Korea's day when a clock time in another zone is written
 * ("10 p.m. Sunday ET" is Monday in Korea).
 */
import { WEEKDAYS, WEEKDAY_PATTERN } from '../dates';
import { matches, type Extractor, type Found } from '../scope';
import { LAUNCH_DAY_AFTER, datesAStatement, zoneShift } from './calendar';
import { sameValue, showAsIs, validOneOf, type KindModule } from './kind';

/** A weekday is the launch's when a launch verb, not a saying verb, governs it. */
export const weekdays: Extractor = (scope) => {
  const sentence = scope.sentence;
  if (!/day/i.test(sentence)) return [];
  if (!scope.launchWord) return [];
  const out: Found[] = [];
  for (const m of matches(WEEKDAY_PATTERN, scope)) {
    const launchDay = LAUNCH_DAY_AFTER.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 16));
    if (!launchDay && datesAStatement(scope, m.at)) continue;
    if (/^'s\b/.test(scope.folded.slice(m.at + m[0].length, m.at + m[0].length + 3)) && !launchDay) continue;
    const written = m[0][0]!.toUpperCase() + m[0].slice(1).toLowerCase();
    const shift = zoneShift(scope, m.at, m.at + m[0].length);
    if (shift === null) continue;
    const value = WEEKDAYS[(WEEKDAYS.indexOf(written as (typeof WEEKDAYS)[number]) + shift) % 7]!;
    const notes = shift ? [`${written} is the day in the time zone the text gives; in Korea it was ${value}.`] : [];
    out.push({ kind: 'weekday', start: m.at, end: m.at + m[0].length, value, qualifier: null, notes, ...(shift ? { detail: { unit: 'zoned' } } : {}) });
  }
  return out;
};

export const weekday: KindModule = {
  kind: 'weekday',
  find: [weekdays],
  camped: false,
  stance: sameValue,
  show: showAsIs,
  validate: validOneOf(WEEKDAYS),
};
