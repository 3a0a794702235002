/** Altitude: told from distance by its cue, compared as a figure, shown in km. */
import { describe, expect, it } from 'vitest';
import { altitude } from '../../../lib/engine/kinds/altitude';
import { found, value } from './support';

describe('altitude', () => {
  it('is found by the cue before or after the figure', () => {
    expect(found('altitude', 'The missile reached an altitude of 100 km.')).toEqual([100]);
    expect(found('altitude', 'The missile flew 100 km.')).toEqual([]);
  });

  it('compares as a figure', () => {
    expect(altitude.stance(value('altitude', 100, { qualifier: 'nearly', detail: { tolerance: 50 } }), value('altitude', 120, { detail: { tolerance: 5 } }))).toBe('differ');
    expect(altitude.stance(value('altitude', 100), value('altitude', 100))).toBe('agree');
  });

  it('is shown in km and validated as a figure', () => {
    expect(altitude.show(99.8)).toBe('99.8 km');
    expect(altitude.validate(Number.NaN)).not.toBeNull();
  });
});
