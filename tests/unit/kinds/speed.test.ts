/** Speed: read as Mach from Mach, "times the speed of sound", km/h or mph. */
import { describe, expect, it } from 'vitest';
import { speed } from '../../../lib/engine/kinds/speed';
import { found, value } from './support';

describe('speed', () => {
  it('is found as Mach, times the speed of sound, and km/h', () => {
    expect(found('speed', 'The missile flew at Mach 12.')).toEqual([12]);
    expect(found('speed', 'The missile flew at twelve times the speed of sound.')).toEqual([12]);
    expect(found('speed', 'The missile flew at 12,250 km/h.')).toEqual([10]);
    expect(found('speed', 'The wind blew at 40 km/h.')).toEqual([]);
  });

  it('compares as a figure', () => {
    expect(speed.stance(value('speed', 12), value('speed', 12))).toBe('agree');
    expect(speed.stance(value('speed', 5), value('speed', 12))).toBe('differ');
  });

  it('is shown as Mach and validated as a figure', () => {
    expect(speed.show(12)).toBe('Mach 12');
    expect(speed.validate('fast')).not.toBeNull();
  });
});
