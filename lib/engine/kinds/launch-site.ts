/**
 * Launch site: where the missile was launched from ("near Pyongyang", "from
 * the North Korean capital"), by its canonical name. The finder and the
 * gazetteer of sites stay in places.ts, beside the table of places.
 */
import { launchSite as launchSiteFinder } from './places';
import { sameValue, showAsIs, validText, type KindModule } from './kind';

export const launchSite: KindModule = {
  kind: 'launch-site',
  find: [launchSiteFinder],
  camped: true,
  stance: sameValue,
  show: showAsIs,
  validate: validText,
};
