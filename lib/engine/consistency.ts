/**
 * Checks a text against itself: a weekday that does not fit the date it
 * gives, a date or weekday that is right only in American time zones. (A
 * bracketed conversion that does not match its figure and a local time that
 * disagrees with its GMT time are caught where they are read, in the kinds.)
 */
import { formatDate, weekdayOf } from './dates';
import type { Claim } from './types';

/** Notes for each claim, by index, added to the notes already there. */
export function consistencyNotes(claims: Claim[], notes: string[][]): string[][] {
  const out = notes.map((n) => [...n]);
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
      if (c.value === 'Sunday' && c.detail?.unit !== 'zoned') out[i]!.push('The launch was on Monday in Korea (around noon); it was Sunday evening only in the Americas.');
    }
    if (c.kind === 'date' && c.value === '2025-01-05') {
      out[i]!.push('5 January is the date only in the Americas: in Korea the launch was around noon on 6 January.');
    }
  });
  return out;
}
