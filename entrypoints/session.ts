/**
 * /session.js: the awake part of the content script, imported by the content
 * script when its gate opens (lib/page/lazy.ts). This file only makes WXT
 * list the entrypoint: modules/session-module.ts builds it as an ES module
 * of lib/page/session.ts, whose `startSession` the content script takes from
 * the module's exports. Its `main` never runs.
 */
export default defineUnlistedScript(() => {});
