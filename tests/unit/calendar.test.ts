import { describe, expect, it } from 'vitest';
import { claims, claimsAfterLead } from './helpers';
import { parseDate, DATE_PATTERN, weekdayOf } from '../../lib/engine/dates';

function dateOf(s: string) {
  DATE_PATTERN.lastIndex = 0;
  const m = DATE_PATTERN.exec(s);
  return m ? parseDate(m.groups ?? {})?.value : undefined;
}

describe('dates', () => {
  it.each([
    ['January 6, 2025', '2025-01-06'],
    ['6 January 2025', '2025-01-06'],
    ['Jan. 6', '2025-01-06'],
    ['Nov. 5', '2024-11-05'],
    ['November 5', '2024-11-05'],
    ['January 20', '2025-01-20'],
    ['November 2024', '2024-11'],
    ['2025-01-06', '2025-01-06'],
    ['Oct. 31, 2024', '2024-10-31'],
    ['Jan 6th', '2025-01-06'],
  ])('%s is %s', (written, value) => expect(dateOf(written)).toBe(value));

  it('rejects days that do not exist', () => expect(dateOf('February 30, 2025')).toBeUndefined());
  it('knows 6 January 2025 was a Monday', () => expect(weekdayOf('2025-01-06')).toBe('Monday'));

  it('reads the launch date', () => {
    const text = 'North Korea launched a ballistic missile on 6 January 2025 while Blinken was in Seoul.';
    expect(claims(text, 'date').map((c) => c.value)).toEqual(['2025-01-06']);
  });

  it('reads a wrong date near the launch as a claim about it', () => {
    expect(claimsAfterLead('date', 'The missile was fired on January 7, 2025, officials said.').map((c) => c.value)).toEqual(['2025-01-07']);
  });

  it('reads "the first since November 5" as the previous launch', () => {
    const found = claimsAfterLead('previous-launch', 'It was the first launch since Nov. 5, when the North fired seven short-range missiles.');
    expect(found.map((c) => c.value)).toEqual(['2024-11-05']);
    expect(claimsAfterLead('missile-type', 'It was the first launch since Nov. 5, when the North fired seven short-range missiles.')).toEqual([]);
  });

  it('reads the inauguration date', () => {
    expect(claimsAfterLead('inauguration', 'Donald Trump takes office on January 20.').map((c) => c.value)).toEqual(['2025-01-20']);
  });
});

describe('weekday', () => {
  it('reads the weekday of the launch', () => {
    expect(claimsAfterLead('weekday', 'North Korea fired the missile on Monday, the military said.').map((c) => c.value)).toEqual(['Monday']);
  });

  it.each([
    'North Korea said Tuesday that the missile flew 1,500 km.',
    "On Tuesday, North Korea's state news agency KCNA said the missile flew 1,500 kilometers.",
    'KCNA reported on Tuesday that the launch tested a hypersonic missile.',
  ])('a weekday when something was said is not the launch day: %s', (s) => {
    expect(claimsAfterLead('weekday', s)).toEqual([]);
  });
});

describe('time', () => {
  it.each([
    ['The missile was launched around noon local time (03:00 GMT).', '12:00', 'around'],
    ['It was fired at 12:01 p.m. local time.', '12:01', null],
    ['The launch came at 0301 GMT.', '12:01', null],
    ['The missile was fired at 7:30 a.m.', '07:30', null],
    ['The missile was launched at 10 pm EST on Sunday.', '12:00', null],
    ['The missile was launched on the morning of January 6.', 'morning', null],
  ])('%s', (sentence, value, qualifier) => {
    const [c] = claimsAfterLead('time', sentence);
    expect(c?.value).toBe(value);
    expect(c?.qualifier).toBe(qualifier);
  });

  it('reads a local time and its GMT conversion as one claim', () => {
    expect(claimsAfterLead('time', 'The missile was launched around noon local time, or 03:00 GMT.')).toHaveLength(1);
  });
});

describe('wire copy', () => {
  const text = [
    'N. Korea says new hypersonic missile flew 1,500 km at Mach 12',
    'SEOUL, Jan. 7 (Reuters) - North Korea said on Tuesday it had tested a new hypersonic missile, a day after the launch.',
    'The launch was the first since it fired seven short-range ballistic missiles on Nov. 5, the day of the U.S. election.',
  ].join('\n\n');

  it('a dateline dates the story, not the launch', () => expect(claims(text, 'date')).toEqual([]));
  it('"N. Korea says" in a headline is North Korea speaking', () => {
    expect(claims(text, 'distance')[0]!.attribution).toBe('north-korea');
  });
  it('"the first since it fired … on Nov. 5" gives the previous launch, not its missile type', () => {
    expect(claims(text, 'previous-launch').map((c) => c.value)).toEqual(['2024-11-05']);
    expect(claims(text, 'missile-type').map((c) => c.value)).toEqual(['hypersonic', 'hypersonic']);
  });
});
