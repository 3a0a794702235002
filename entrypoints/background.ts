/**
 * Background (service worker in Chrome, event page in Firefox): keeps each
 * tab's latest result in storage.session and sets the toolbar badge. Thin:
 * the logic is in lib/background.ts.
 */
import { startBackground } from '@/lib/background';

export default defineBackground(() => {
  startBackground();
});
