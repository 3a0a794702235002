/** Date: the launch's day, kept near the launch; a month agrees with a day in it. */
import { describe, expect, it } from 'vitest';
import { date } from '../../../lib/engine/kinds/date';
import { found, value } from './support';

describe('date', () => {
  it('is found near the launch, not far from it or in a dateline', () => {
    expect(found('date', 'The missile was launched on January 7, 2025.')).toEqual(['2025-01-07']);
    expect(found('date', 'The missile was launched on March 3, 2025.')).toEqual([]);
  });

  it('agrees with its month, differs from another day', () => {
    expect(date.stance(value('date', '2025-01'), value('date', '2025-01-06'))).toBe('agree');
    expect(date.stance(value('date', '2025-01-05'), value('date', '2025-01-06'))).toBe('differ');
  });

  it('is shown as a day and validated as YYYY-MM(-DD)', () => {
    expect(date.show('2025-01-06')).toBe('6 January 2025');
    expect(date.validate('2025-01-06')).toBeNull();
    expect(date.validate('2025-13-06')).not.toBeNull();
    expect(date.validate('January 6')).not.toBeNull();
  });
});
