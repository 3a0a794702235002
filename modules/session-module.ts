/**
 * Builds /session.js as an ES module of lib/page/session.ts, so the content
 * script can `import()` it and take `startSession` from its exports
 * (lib/page/lazy.ts). WXT 0.21 builds every unlisted script as an IIFE that
 * runs the file's `main` and exports nothing; this hook changes the library
 * build of the `session` entrypoint (entrypoints/session.ts, which only makes
 * WXT list it) to the `es` format with lib/page/session.ts itself as the
 * entry. (The entrypoint file cannot simply re-export it: WXT imports
 * entrypoint files in Node to read their options, and the session's graph
 * holds CSS that only a real build can load.) Content scripts in Chromium and
 * Firefox may `import()` a web-accessible module of their own extension.
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

const ENTRYPOINT = 'session';
const MODULE = 'lib/page/session.ts';

export default defineWxtModule({
  name: 'crosscheck-session-esm',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      const [only] = entrypoints;
      if (entrypoints.length !== 1 || only?.name !== ENTRYPOINT || only.type !== 'unlisted-script') return;
      const lib = config.build?.lib;
      if (!lib) throw new Error(`crosscheck: expected a library build for ${only.inputPath}`);
      lib.formats = ['es'];
      lib.entry = resolve(wxt.config.root, MODULE);
    });
  },
});
