/**
 * Reads a page and its drafts, checks them with the engine, and keeps the
 * results current as the page changes. No browser-extension API here: it
 * takes the document and reports through a callback, so tests can drive it
 * with any DOM.
 *
 * - Gate: until the page's text mentions North Korea and a missile
 *   (`mentionsTopic`), the scanner only re-tests that cheap gate when text is
 *   added, at most every few seconds. Unrelated pages are never read.
 * - Page: the article's readable text (lib/page/readable.ts), checked whole
 *   (the engine needs the context of the whole text: which launch a
 *   paragraph is about), each claim mapped back to a live Range.
 * - Changes: one MutationObserver on the body; rescans are debounced
 *   (quiet period, with a maximum wait) and spaced by at least a multiple of
 *   the last scan's duration, so a page that changes all the time costs a
 *   bounded share of the main thread. Mutations inside editors are left to
 *   the draft checks.
 * - Drafts: `textarea` and `contenteditable` editors are checked on `input`,
 *   debounced per editor. Their text is only read: a textarea's claims have
 *   no Range (the UI lists them), a contenteditable's get Ranges like the page's.
 */
import { check, outletForUrl } from '../engine/check';
import { mentionsTopic } from '../engine/extract';
import type { ReferenceSet } from '../engine/types';
import type { PageClaim } from '../messages';
import { readable } from './readable';
import { rangeFor } from './ranges';
import { hiddenByAttributes, isEditorRoot } from './visibility';

export interface Entry {
  claim: PageClaim;
  /** Where the claim is in the page; null for a textarea's claims, or a claim that could not be placed. */
  range: Range | null;
  /** The editor a draft claim is in. */
  editor: Element | null;
}

export interface ScanState {
  /** The page or a draft on it is about the launch. */
  relevant: boolean;
  /** Page claims first (in text order), then each draft's. */
  entries: Entry[];
  /** The seed outlet this page is, if any. */
  ownOutlet: string | null;
}

export interface ScannerOptions {
  doc: Document;
  reference: ReferenceSet;
  /** Called after every scan that ran (not when the gate stays shut). */
  onChange: (state: ScanState) => void;
  /** Hidden-element test; a real page passes a layout-aware one. */
  isHidden?: (el: Element) => boolean;
  /** Nodes whose changes are not the page's (the extension's own UI host). */
  ignore?: (node: Node) => boolean;
  /** Quiet period before a rescan, ms. */
  debounceMs?: number;
  /** Longest a rescan waits for the page to go quiet, ms. */
  maxWaitMs?: number;
  /** Quiet period before a draft is re-checked, ms. */
  draftDebounceMs?: number;
}

export interface Scanner {
  /** Runs the gate (and a first scan if it opens), then watches the page. */
  start(): void;
  /** Stops watching; results are kept. */
  stop(): void;
  /** Re-reads everything now (after a navigation or a settings change). */
  rescan(): void;
  /** Current results. */
  state(): ScanState;
  /** How many full page scans ran (tests and diagnostics). */
  scans(): number;
}

/** The editor root an event target or node belongs to, if any. */
export function editorOf(node: Node | null): Element | null {
  let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  let found: Element | null = null;
  while (el) {
    // An editor root is a textarea or carries the attribute (isEditorRoot); asking every ancestor
    // for isContentEditable would add nothing and costs a style lookup per level.
    if ((el.tagName === 'TEXTAREA' || el.hasAttribute('contenteditable')) && isEditorRoot(el)) found = el;
    el = el.parentElement;
  }
  return found;
}

export function createScanner(opts: ScannerOptions): Scanner {
  const { doc, reference } = opts;
  const win = doc.defaultView!;
  const debounceMs = opts.debounceMs ?? 400;
  const maxWaitMs = opts.maxWaitMs ?? 2000;
  const draftDebounceMs = opts.draftDebounceMs ?? 350;
  const isHidden = opts.isHidden ?? hiddenByAttributes;

  let gateOpen = false;
  let pageRelevant = false;
  let pageEntries: Entry[] = [];
  let ownOutlet: string | null = null;
  const drafts = new Map<Element, { n: number; relevant: boolean; entries: Entry[] }>();
  let draftCounter = 0;
  const draftTimers = new Map<Element, ReturnType<typeof setTimeout>>();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastScanEnd = 0;
  let lastDuration = 0;
  let scanCount = 0;
  let observer: MutationObserver | null = null;
  let running = false;

  const state = (): ScanState => {
    const entries = [...pageEntries];
    let relevant = pageRelevant;
    for (const d of drafts.values()) {
      entries.push(...d.entries);
      relevant ||= d.relevant;
    }
    return { relevant, entries, ownOutlet };
  };

  const emit = () => opts.onChange(state());

  const scanPage = () => {
    const t0 = win.performance.now();
    scanCount++;
    const body = doc.body;
    gateOpen = !!body && mentionsTopic(body.textContent ?? '');
    if (!gateOpen) {
      // The page was about the launch and no longer is (a single-page app moved on).
      if (pageRelevant || pageEntries.length > 0) {
        pageRelevant = false;
        pageEntries = [];
        emit();
      }
      return;
    }
    const read = readable(doc, { isHidden: (el) => isEditorRoot(el) || isHidden(el) });
    ownOutlet = outletForUrl(doc.location?.href ?? '', reference);
    const result = check(read.text, reference, { blocks: read.blocks, exclude: ownOutlet ? [ownOutlet] : [] });
    pageRelevant = result.relevant;
    pageEntries = result.claims.map((c, i) => {
      const { sentence: _sentence, ...rest } = c;
      return { claim: { ...rest, id: `page:${i}`, source: 'page' as const }, range: rangeFor(doc, read, c.start, c.end), editor: null };
    });
    lastDuration = win.performance.now() - t0;
    emit();
  };

  const checkDraft = (editor: Element) => {
    if (!editor.isConnected) {
      if (drafts.delete(editor)) emit();
      return;
    }
    const prev = drafts.get(editor);
    const n = prev?.n ?? draftCounter++;
    let text: string;
    let read: ReturnType<typeof readable> | null = null;
    if (editor.tagName === 'TEXTAREA') text = (editor as HTMLTextAreaElement).value;
    else {
      read = readable(doc, { root: editor, isHidden, headline: false });
      text = read.text;
    }
    const result = check(text, reference, read ? { blocks: read.blocks } : {});
    if (!result.relevant && !prev) return;
    drafts.set(editor, {
      n,
      relevant: result.relevant,
      entries: result.claims.map((c, i) => {
        const { sentence: _sentence, ...rest } = c;
        return { claim: { ...rest, id: `draft:${n}:${i}`, source: 'draft' as const }, range: read ? rangeFor(doc, read, c.start, c.end) : null, editor };
      }),
    });
    emit();
  };

  /** Debounced, with a maximum wait and a minimum gap after the last scan. */
  const schedule = () => {
    if (!running) return;
    const now = Date.now();
    if (timer === undefined) firstPending = now;
    clearTimeout(timer);
    const gap = Math.max(1000, lastDuration * 5);
    const due = Math.max(Math.min(now + debounceMs, firstPending + maxWaitMs), lastScanEnd + gap);
    timer = setTimeout(() => {
      timer = undefined;
      scanPage();
      lastScanEnd = Date.now();
    }, due - now);
  };

  const onMutations = (records: MutationRecord[]) => {
    for (const r of records) {
      // Typing in an editor is handled by the draft checks.
      if (editorOf(r.target)) continue;
      const ignore = opts.ignore;
      if (ignore) {
        if (ignore(r.target)) continue;
        const touched = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
        if (r.type === 'childList' && touched.length > 0 && touched.every(ignore)) continue;
      }
      if (r.type === 'childList' && r.addedNodes.length === 0 && r.removedNodes.length === 0) continue;
      schedule();
      return;
    }
  };

  const onInput = (e: Event) => {
    const editor = editorOf(e.target as Node | null);
    if (!editor) return;
    clearTimeout(draftTimers.get(editor));
    draftTimers.set(
      editor,
      setTimeout(() => {
        draftTimers.delete(editor);
        checkDraft(editor);
      }, draftDebounceMs),
    );
  };

  return {
    start() {
      if (running) return;
      running = true;
      scanPage();
      lastScanEnd = Date.now();
      observer = new win.MutationObserver(onMutations);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      doc.addEventListener('input', onInput, true);
      // Editors that already hold a draft when the page loads.
      for (const el of Array.from(doc.querySelectorAll('textarea, [contenteditable]:not([contenteditable="false"])'))) if (isEditorRoot(el)) checkDraft(el);
    },
    stop() {
      running = false;
      clearTimeout(timer);
      timer = undefined;
      for (const t of draftTimers.values()) clearTimeout(t);
      draftTimers.clear();
      observer?.disconnect();
      observer = null;
      doc.removeEventListener('input', onInput, true);
    },
    rescan() {
      scanPage();
      lastScanEnd = Date.now();
      for (const el of [...drafts.keys()]) checkDraft(el);
    },
    state,
    scans: () => scanCount,
  };
}
