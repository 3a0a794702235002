/**
 * Reaction: who condemned, welcomed, defended or downplayed the launch, one
 * claim per actor. Compared only for the same actor. The finder stays in
 * people.ts, beside the tables of actors.
 */
import { reactions } from './people';
import { showAsIs, validOneOf, type KindModule } from './kind';

export const reaction: KindModule = {
  kind: 'reaction',
  find: [reactions],
  camped: false,
  stance: (claim, ref) => {
    if (!claim.detail?.speaker || claim.detail.speaker !== ref.detail?.speaker) return null;
    return claim.value === ref.value ? 'agree' : 'differ';
  },
  show: showAsIs,
  validate: validOneOf(['condemned', 'welcomed', 'defended', 'downplayed']),
};
