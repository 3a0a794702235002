/**
 * Background (service worker in Chrome, event page in Firefox): keeps each
 * tab's latest result in storage.session and sets the toolbar badge
 * (lib/background.ts); answers commands, the context menu and install
 * (lib/commands.ts). Thin: the logic is in those modules.
 */
import { startBackground } from '@/lib/background';
import { startCommands } from '@/lib/commands';

export default defineBackground(() => {
  startBackground();
  startCommands();
});
