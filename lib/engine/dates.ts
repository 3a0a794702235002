/**
 * Calendar dates as news copy writes them ("January 6, 2025", "6 January",
 * "Jan. 6", "Nov. 5", "November 2024", "2025-01-06") and weekdays, resolved
 * against the launch of 6 January 2025.
 */

import { EVENT_ID } from './launches';

/** The event's date, from the launch data. */
export const EVENT_DATE = EVENT_ID;
const EVENT_TIME = Date.parse(`${EVENT_DATE}T00:00:00Z`);
const EVENT_YEAR = Number(EVENT_DATE.slice(0, 4));

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d\d`;

/**
 * One alternation for every date form; named groups say which matched.
 * "Month Day[, Year]" | "Day Month[ Year]" | "Month Year" | ISO.
 */
export const DATE_PATTERN = new RegExp(
  String.raw`\b(?:(?<m1>${MONTH})\s+(?<d1>${DAY})\b(?:,?\s+(?<y1>${YEAR})\b)?|(?<d2>${DAY})\.?\s+(?:of\s+)?(?<m2>${MONTH})(?:,?\s+(?<y2>${YEAR})\b)?|(?<m3>${MONTH})\s+(?<y3>${YEAR})\b|(?<iso>${YEAR}-[01]\d-[0-3]\d)\b|\b(?:early|mid|late)[- ](?<m4>${MONTH})\b)`,
  'g',
);

/**
 * Text before a date that makes it the story's own date, not an event's:
 * a dateline ("SEOUL, Jan. 7 (Reuters) -") or a stamp ("Update, 7 January 2025:").
 */
export const DATELINE = /^\s*(?:[A-Z][A-Z .'-]{2,}(?:,\s*[A-Za-z .]+)?,(?:\s*\([^)]{0,60})?|(?:Updated?|Published|Posted|Last updated|Written)\b[^.:]{0,20}?[,:]?)\s*(?:on\s+)?$/;

/** A place in mixed case before a date ("Seoul/Tokyo, Jan. 7"), a dateline only when an agency or a dash follows the date. */
const PLACE_BEFORE = /^\s*[A-Z][A-Za-z./' -]{1,40},\s*$/;
const AGENCY_AFTER = /^\s*(?:\([^)]{2,40}\)\s*)?(?:--|—|–|-\s|:)/;

/** Whether the date between `before` and `after` (the sentence's text either side) is the story's dateline. */
export function isDateline(before: string, after: string): boolean {
  return DATELINE.test(before) || (PLACE_BEFORE.test(before) && AGENCY_AFTER.test(after));
}

/** DATE_PATTERN anchored at `lastIndex`: does a date start exactly here? */
export const DATE_AT = new RegExp(DATE_PATTERN.source, 'y');

export interface ParsedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM` when no day was written. */
  value: string;
  /** Whether the year was written or inferred from the launch date. */
  yearWritten: boolean;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace('.', '').slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads one DATE_PATTERN match. A month and day without a year take the year
 * that puts them nearest the launch ("Nov. 5" is 2024, "January 20" is 2025).
 */
export function parseDate(groups: Record<string, string | undefined>): ParsedDate | null {
  if (groups.iso) {
    const [y, m, d] = groups.iso.split('-').map(Number) as [number, number, number];
    return valid(y, m, d) ? { value: groups.iso, yearWritten: true } : null;
  }
  if (groups.m3 && groups.y3) {
    const m = monthNumber(groups.m3);
    return m ? { value: `${groups.y3}-${pad(m)}`, yearWritten: true } : null;
  }
  if (groups.m4) {
    // "early November": the month nearest the launch.
    const m = monthNumber(groups.m4);
    if (!m) return null;
    const y = Date.UTC(EVENT_YEAR, m - 1, 15) - EVENT_TIME > 183 * 864e5 ? EVENT_YEAR - 1 : EVENT_YEAR;
    return { value: `${y}-${pad(m)}`, yearWritten: false };
  }
  const monthWord = groups.m1 ?? groups.m2;
  const dayWord = groups.d1 ?? groups.d2;
  const yearWord = groups.y1 ?? groups.y2;
  if (!monthWord || !dayWord) return null;
  const m = monthNumber(monthWord);
  const d = parseInt(dayWord, 10);
  if (!m) return null;
  let y: number;
  if (yearWord) y = Number(yearWord);
  else {
    // The year nearest the launch: within six months either side.
    y = EVENT_YEAR;
    if (Date.UTC(EVENT_YEAR, m - 1, d) - EVENT_TIME > 183 * 864e5) y = EVENT_YEAR - 1;
    else if (EVENT_TIME - Date.UTC(EVENT_YEAR, m - 1, d) > 183 * 864e5) y = EVENT_YEAR + 1;
  }
  if (!valid(y, m, d)) return null;
  return { value: `${y}-${pad(m)}-${pad(d)}`, yearWritten: Boolean(yearWord) };
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const WEEKDAY_PATTERN = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/gi;

/** The weekday of a `YYYY-MM-DD` date, or null for a month alone. */
export function weekdayOf(date: string): string | null {
  const parts = date.split('-').map(Number);
  if (parts.length !== 3) return null;
  return WEEKDAYS[new Date(Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!)).getUTCDay()]!;
}

/** Days between a `YYYY-MM-DD` date and the launch (negative before it). */
export function daysFromEvent(date: string): number | null {
  const parts = date.split('-').map(Number);
  if (parts.length !== 3) return null;
  return Math.round((Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!) - EVENT_TIME) / 864e5);
}

/** "2025-01-06" → "6 January 2025"; "2024-11" → "November 2024". */
export function formatDate(value: string): string {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = value.split('-').map(Number);
  const month = names[(m ?? 1) - 1];
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}
