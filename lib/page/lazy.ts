/**
 * Loads the awake part of the content script (lib/page/session.ts, built by
 * WXT as its own file, /session.js) when the gate opens. The content script
 * that runs on every page then holds only the gate; the engine, the
 * reference set and Preact are parsed only on pages about the launch.
 *
 * A dynamic import from a content script runs the module in the content
 * script's own world, not the page's. The module hands over its entry point
 * on that world's global object under a registered symbol, which the page
 * can neither see nor replace. The file is web-accessible (a dynamic import
 * needs that); Chrome serves it only under a per-session address.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type StartSession = (ctx: ContentScriptContext, doc: Document) => Promise<void>;

/** Where /session.js leaves its entry point. */
export const SESSION_ENTRY = Symbol.for('crosscheck.session');

export type LoadSession = () => Promise<StartSession>;

type Holder = { [SESSION_ENTRY]?: StartSession };

/** Imports /session.js once and returns its entry point. */
export const importSession: LoadSession = async () => {
  const holder = globalThis as Holder;
  if (!holder[SESSION_ENTRY]) await import(/* @vite-ignore */ browser.runtime.getURL('/session.js'));
  const start = holder[SESSION_ENTRY];
  if (!start) throw new Error('session.js did not register itself');
  return start;
};

/** Called by /session.js when it is evaluated. */
export function registerSession(start: StartSession): void {
  (globalThis as Holder)[SESSION_ENTRY] = start;
}
