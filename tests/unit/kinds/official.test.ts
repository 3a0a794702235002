/** Official: a person named with an office, compared for the same office, names meeting by alias. */
import { describe, expect, it } from 'vitest';
import { official } from '../../../lib/engine/kinds/official';
import { found, value } from './support';

describe('official', () => {
  it('is found with the office before or after the name', () => {
    expect(found('official', 'South Korean Foreign Minister Cho Tae-yul condemned it.')).toEqual(['Cho Tae-yul']);
    expect(found('official', 'Former President Moon Jae-in spoke.')).toEqual([]);
  });

  it('compares the person for the same office only', () => {
    const ref = value('official', 'Yoon Suk Yeol', { detail: { office: 'south-korea/president' } });
    expect(official.stance(value('official', 'Yoon Suk-yeol', { detail: { office: 'south-korea/president' } }), ref)).toBe('agree');
    expect(official.stance(value('official', 'Choi Sang-mok', { detail: { office: 'south-korea/president' } }), ref)).toBe('differ');
    expect(official.stance(value('official', 'Yoon Suk Yeol', { detail: { office: 'us/president' } }), ref)).toBeNull();
  });

  it('is shown as written and validated as text', () => {
    expect(official.show('Cho Tae-yul')).toBe('Cho Tae-yul');
    expect(official.validate(7)).not.toBeNull();
  });
});
