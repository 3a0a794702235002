/**
 * Altitude: how high the missile climbed, in kilometres. Read by the
 * distance finder (distance.ts), which tells the two apart by the cue
 * before a figure ("reached an altitude of 100 km") or after it ("100 km high").
 */
import { numericStance, showFigure, validFigure, type KindModule } from './kind';
import { distanceAndAltitude } from './distance';

export const altitude: KindModule = {
  kind: 'altitude',
  find: [distanceAndAltitude],
  camped: true,
  stance: numericStance,
  show: showFigure((n) => `${n} km`),
  validate: validFigure,
};
