/**
 * Loads the awake part of the content script (lib/page/session.ts, built as
 * its own ES module, /session.js, see modules/session-module.ts) when the
 * gate opens, with a plain dynamic `import()` of the module's exports. The
 * content script that runs on every page then holds only the gate; the
 * engine, the reference set and Preact are parsed only on pages about the
 * launch.
 *
 * A dynamic import from a content script runs the module in the content
 * script's own world, not the page's, and hands its exports to the importer
 * only: nothing is left on any global object the page could see or replace.
 * The file is web-accessible (a dynamic import needs that); Chrome serves it
 * only under a per-session address.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type StartSession = (ctx: ContentScriptContext, doc: Document) => Promise<void>;

export type LoadSession = () => Promise<StartSession>;

/** What /session.js exports. */
export interface SessionModule {
  startSession: StartSession;
}

/** The module's entry point, checked: an older or damaged build fails here, not later. */
export function entryOf(mod: unknown): StartSession {
  const start = (mod as Partial<SessionModule> | null)?.startSession;
  if (typeof start !== 'function') throw new Error('session.js does not export startSession');
  return start;
}

/** Imports /session.js (the browser evaluates a module once) and returns its entry point. */
export const importSession: LoadSession = async () => entryOf(await import(/* @vite-ignore */ browser.runtime.getURL('/session.js')));
