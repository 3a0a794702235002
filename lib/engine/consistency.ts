/**
 * Checks a text against itself: a weekday that does not fit the date it
 * gives, a date or weekday that is right only in American time zones. (A
 * bracketed conversion that does not match its figure and a local time that
 * disagrees with its GMT time are caught where they are read, in the kinds.)
 */
import { EVENT_DATE, formatDate, weekdayOf } from './dates';
import { LAUNCH_DATA } from './launches';
import type { Claim } from './types';

/** "6 January": a date as a note names it, without its year. */
const dayMonth = (iso: string) => formatDate(iso).replace(/ \d{4}$/, '');

/** Notes for each claim, by index, added to the notes already there. */
export function consistencyNotes(claims: Claim[], notes: string[][]): string[][] {
  const out = notes.map((n) => [...n]);
  // The event's date in the Americas, when the event data gives one: right there only.
  const americas = LAUNCH_DATA.americas?.date ?? null;
  const when = LAUNCH_DATA.event.localTime;
  const dates = [...new Set(claims.filter((c) => c.kind === 'date' && String(c.value).length === 10).map((c) => String(c.value)))];
  claims.forEach((c, i) => {
    if (c.kind === 'weekday') {
      for (const d of dates) {
        const expected = weekdayOf(d);
        if (expected && expected !== c.value) {
          out[i]!.push(`${c.value} does not fit the date this text gives, ${formatDate(d)}, which was a ${expected}.`);
          break;
        }
      }
      if (americas && c.value === weekdayOf(americas) && c.detail?.unit !== 'zoned') out[i]!.push(`The launch was on ${weekdayOf(EVENT_DATE)} in Korea${when ? ` (${when})` : ''}; it was ${c.value} evening only in the Americas.`);
    }
    if (americas && c.kind === 'date' && c.value === americas) {
      out[i]!.push(`${dayMonth(americas)} is the date only in the Americas: in Korea the launch was ${when ? `${when} ` : ''}on ${dayMonth(EVENT_DATE)}.`);
    }
  });
  return out;
}
