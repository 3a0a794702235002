/** Weekday: the launch's day of the week, in Korea's time when another zone's clock is given. */
import { describe, expect, it } from 'vitest';
import { weekday } from '../../../lib/engine/kinds/weekday';
import { found, value } from './support';

describe('weekday', () => {
  it('is found where a launch verb governs it, not a saying verb', () => {
    expect(found('weekday', 'North Korea launched the missile on Monday.')).toEqual(['Monday']);
    expect(found('weekday', 'The missile launch was reported, KCNA said Tuesday.')).toEqual([]);
  });

  it('agrees only with the same day', () => {
    expect(weekday.stance(value('weekday', 'Monday'), value('weekday', 'Monday'))).toBe('agree');
    expect(weekday.stance(value('weekday', 'Sunday'), value('weekday', 'Monday'))).toBe('differ');
  });

  it('is shown as written and validated as a day name', () => {
    expect(weekday.show('Monday')).toBe('Monday');
    expect(weekday.validate('Monday')).toBeNull();
    expect(weekday.validate('Someday')).not.toBeNull();
  });
});
