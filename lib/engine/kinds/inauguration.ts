/**
 * Inauguration: the day Trump takes office ("weeks before Donald Trump takes
 * office on January 20"). Read by the dates finder (calendar.ts) when the
 * sentence speaks of taking office.
 */
import { dates } from './calendar';
import { calendarStance, showDate, validDate, type KindModule } from './kind';

export const inauguration: KindModule = {
  kind: 'inauguration',
  find: [dates],
  camped: false,
  stance: calendarStance,
  show: showDate,
  validate: validDate,
};
