/**
 * Date: the day of the launch ("January 6, 2025", "6 January", "Monday, Jan.
 * 6"), kept only near the launch (a wrong day is still a claim about it).
 * Read by the dates finder (calendar.ts), which also reads the previous
 * launch's date and the inauguration's.
 */
import { dates } from './calendar';
import { calendarStance, showDate, validDate, type KindModule } from './kind';

export const date: KindModule = {
  kind: 'date',
  find: [dates],
  camped: false,
  stance: calendarStance,
  show: showDate,
  validate: validDate,
};
