/**
 * The part of the content script that runs on every page: a cheap gate (does
 * the page's text name North Korea and a missile?). While it stays shut the
 * script only re-tests it, at most every few seconds, when text is added or
 * typed into an editor; it reads nothing else and changes nothing. When it
 * opens, the rest (lib/page/session.ts: engine, reference set, highlights,
 * card) is imported and started.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mentionsTopic } from '../engine/topic';
import { editorOf } from './visibility';
import { benchMeasure, benchStart } from './bench-marks';
import { importSession, type LoadSession } from './lazy';

const GATE_RETRY_MS = 2000;

/** Whether the cheap gate opens for the text `read` returns: it names North Korea and a missile. */
function gate(read: () => string | null | undefined): boolean {
  const start = benchStart();
  const text = read();
  const open = !!text && mentionsTopic(text);
  benchMeasure('gate', start);
  return open;
}

export function runContentScript(ctx: ContentScriptContext, doc: Document = document, load: LoadSession = importSession): void {
  const win = doc.defaultView!;
  if (!/^(?:https?|file):$/.test(win.location.protocol)) return;
  let booted = false;
  let stopWatch = () => {};
  const boot = () => {
    if (booted) return;
    booted = true;
    stopWatch();
    load().then(
      (startSession) => {
        if (ctx.isValid) void startSession(ctx, doc);
      },
      (err: unknown) => console.warn('Crosscheck: could not load its checker', err),
    );
  };
  if (gate(() => doc.body?.textContent)) {
    boot();
    return;
  }
  // Dormant: wait, cheaply, for text about the launch to appear (added content, or a draft being typed).
  let gateTimer: ReturnType<typeof setTimeout> | undefined;
  const retest = () => {
    if (gateTimer !== undefined) return;
    gateTimer = setTimeout(() => {
      gateTimer = undefined;
      if (gate(() => doc.body?.textContent)) boot();
    }, GATE_RETRY_MS);
  };
  const observer = new win.MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length > 0 || r.type === 'characterData')) retest();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onInput = (e: Event) => {
    const editor = editorOf(e.target as Node | null);
    if (!editor) return;
    if (gate(() => (editor.tagName === 'TEXTAREA' ? (editor as HTMLTextAreaElement).value : editor.textContent))) boot();
  };
  doc.addEventListener('input', onInput, true);
  stopWatch = () => {
    observer.disconnect();
    clearTimeout(gateTimer);
    doc.removeEventListener('input', onInput, true);
  };
  ctx.onInvalidated(stopWatch);
}
