/**
 * The awake part of the content script (lib/page/session.ts), built as its
 * own file and imported by the content script when its gate opens (see
 * lib/page/lazy.ts). Evaluating it only registers the entry point.
 */
import { registerSession } from '@/lib/page/lazy';
import { startSession } from '@/lib/page/session';

export default defineUnlistedScript(() => {
  registerSession(startSession);
});
