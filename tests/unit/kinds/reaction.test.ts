/** Reaction: who condemned or welcomed the launch, compared for the same actor. */
import { describe, expect, it } from 'vitest';
import { reaction } from '../../../lib/engine/kinds/reaction';
import { found, value } from './support';

describe('reaction', () => {
  it('is found with its actor', () => {
    expect(found('reaction', 'Japan condemned the launch.')).toEqual(['condemned']);
    expect(found('reaction', 'The coach condemned the decision.')).toEqual([]);
  });

  it('compares for the same actor only', () => {
    const ref = value('reaction', 'condemned', { detail: { speaker: 'Japan' } });
    expect(reaction.stance(value('reaction', 'condemned', { detail: { speaker: 'Japan' } }), ref)).toBe('agree');
    expect(reaction.stance(value('reaction', 'welcomed', { detail: { speaker: 'Japan' } }), ref)).toBe('differ');
    expect(reaction.stance(value('reaction', 'condemned', { detail: { speaker: 'China' } }), ref)).toBeNull();
  });

  it('is shown as written and validated as a known stance', () => {
    expect(reaction.show('condemned')).toBe('condemned');
    expect(reaction.validate('condemned')).toBeNull();
    expect(reaction.validate('shrugged')).not.toBeNull();
  });
});
