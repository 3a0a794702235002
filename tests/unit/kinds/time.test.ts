/** Time: the clock time in Korea (or the part of the day), compared by the minutes it covers. */
import { describe, expect, it } from 'vitest';
import { time } from '../../../lib/engine/kinds/time';
import { found, value } from './support';

describe('time', () => {
  it('is found in Korea\'s time, converted from GMT', () => {
    expect(found('time', 'The missile was launched at 03:00 GMT.')).toEqual(['12:00']);
    expect(found('time', 'The missile was launched around noon local time.')).toEqual(['12:00']);
    expect(found('time', 'The coast guard said at 3 p.m. that it had seen nothing.')).toEqual([]);
  });

  it("is converted from the zones the region data names, Australia's, Singapore's and New Zealand's among them", () => {
    expect(found('time', 'The missile was launched at about 2:00pm AEDT.')).toEqual(['12:00']);
    expect(found('time', 'The missile was launched at 11am Singapore time.')).toEqual(['12:00']);
    expect(found('time', 'The missile was launched at 4 p.m. NZDT.')).toEqual(['12:00']);
  });

  it('is not read from a zone it does not know, nor from a transcript\'s timestamp', () => {
    expect(found('time', 'The missile was launched at 1:30pm ACWT.')).toEqual([]);
    expect(found('time', 'The missile was launched at 11:30am Darwin time.')).toEqual([]);
    expect(found('time', '[00:00:19] The missile was launched from near Pyongyang, she said.')).toEqual([]);
    expect(found('time', '[00:00:19] The missile was launched at around noon, she said.')).toEqual(['12:00']);
  });

  it('compares the minutes covered, and nothing without them', () => {
    expect(time.stance(value('time', '12:00', { detail: { minutes: [690, 750] } }), value('time', '12:05', { detail: { minutes: [724, 726] } }))).toBe('agree');
    expect(time.stance(value('time', '07:50', { detail: { minutes: [469, 471] } }), value('time', '12:00', { detail: { minutes: [715, 725] } }))).toBe('differ');
    expect(time.stance(value('time', '12:00'), value('time', '12:00'))).toBeNull();
  });

  it('is shown as written and validated as text', () => {
    expect(time.show('morning')).toBe('morning');
    expect(time.validate('')).not.toBeNull();
  });
});
