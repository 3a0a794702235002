/** Previous launch: the date after "first since" or "the previous launch", or its month alone. */
import { describe, expect, it } from 'vitest';
import { previousLaunch } from '../../../lib/engine/kinds/previous-launch';
import { found, value } from './support';

describe('previous-launch', () => {
  it('is found after "first launch since" and by its month alone', () => {
    expect(found('previous-launch', 'It was the first launch since November 5.')).toEqual(['2024-11-05']);
    expect(found('previous-launch', 'It was its first test since November.')).toEqual(['2024-11']);
    expect(found('previous-launch', 'Officials met on November 5.')).toEqual([]);
  });

  it('compares on the calendar', () => {
    expect(previousLaunch.stance(value('previous-launch', '2024-11'), value('previous-launch', '2024-11-05'))).toBe('agree');
    expect(previousLaunch.stance(value('previous-launch', '2024-10-31'), value('previous-launch', '2024-11-05'))).toBe('differ');
  });

  it('is shown as a month or day and validated as a date', () => {
    expect(previousLaunch.show('2024-11')).toBe('November 2024');
    expect(previousLaunch.validate(5)).not.toBeNull();
  });
});
