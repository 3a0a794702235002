/** Launch site: the place after a launch verb, by its canonical name. */
import { describe, expect, it } from 'vitest';
import { launchSite } from '../../../lib/engine/kinds/launch-site';
import { found, value } from './support';

describe('launch-site', () => {
  it('is found after a launch verb, by its canonical name', () => {
    expect(found('launch-site', 'The missile was launched from the Pyongyang area.')).toEqual(['Pyongyang']);
    expect(found('launch-site', 'Analysts in Wonsan were surprised.')).toEqual([]);
  });

  it('agrees only with the same place', () => {
    expect(launchSite.stance(value('launch-site', 'Pyongyang'), value('launch-site', 'Pyongyang'))).toBe('agree');
    expect(launchSite.stance(value('launch-site', 'Wonsan'), value('launch-site', 'Pyongyang'))).toBe('differ');
  });

  it('is shown as written and validated as text', () => {
    expect(launchSite.show('Pyongyang')).toBe('Pyongyang');
    expect(launchSite.validate('  ')).not.toBeNull();
  });
});
