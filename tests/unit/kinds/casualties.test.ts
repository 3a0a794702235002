/** Casualties: counts of the killed and wounded, with a noun or with the harm after the figure. */
import { describe, expect, it } from 'vitest';
import { casualties } from '../../../lib/engine/kinds/casualties';
import { found, value } from './support';

describe('casualties', () => {
  it('is found with the harm after the figure, or as a noun', () => {
    expect(found('casualties', 'Over 1,000 of them have been killed or injured, officials said.')).toEqual([1000]);
    expect(found('casualties', 'There were 3,000 casualties, officials said.')).toEqual([3000]);
    expect(found('casualties', 'Over 1,000 of them have been sent home.')).toEqual([]);
  });

  it('compares as a figure', () => {
    expect(casualties.stance(value('casualties', 1000), value('casualties', 1000))).toBe('agree');
    expect(casualties.stance(value('casualties', 3000), value('casualties', 1000))).toBe('differ');
  });

  it('is shown as a number and validated as a figure', () => {
    expect(casualties.show(1000)).toBe('1,000');
    expect(casualties.validate(1000)).toBeNull();
    expect(casualties.validate(Infinity)).not.toBeNull();
  });
});
