/** Inauguration: a late-January date in a sentence about taking office. */
import { describe, expect, it } from 'vitest';
import { inauguration } from '../../../lib/engine/kinds/inauguration';
import { found, value } from './support';

describe('inauguration', () => {
  it('is found where the sentence speaks of taking office', () => {
    expect(found('inauguration', 'The launch came weeks before Donald Trump takes office on January 20.')).toEqual(['2025-01-20']);
    expect(found('inauguration', 'The launch came weeks before talks on January 20.')).toEqual([]);
  });

  it('compares on the calendar and is shown as a day', () => {
    expect(inauguration.stance(value('inauguration', '2025-01-21'), value('inauguration', '2025-01-20'))).toBe('differ');
    expect(inauguration.show('2025-01-20')).toBe('20 January 2025');
    expect(inauguration.validate('2025-01-20')).toBeNull();
  });
});
