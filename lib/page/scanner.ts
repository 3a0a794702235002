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
 *   paragraph is about), each claim mapped back to a live Range. Reading,
 *   checking and mapping run in slices of a few milliseconds that yield to
 *   the page (lib/page/slices.ts), so a page of megabytes never freezes; a
 *   newer scan supersedes one still running.
 * - Changes: one MutationObserver on the body; rescans are debounced
 *   (quiet period, with a maximum wait) and spaced by at least a multiple of
 *   the last scan's duration, so a page that changes all the time costs a
 *   bounded share of the main thread. Mutations inside editors are left to
 *   the draft checks.
 * - Drafts: `textarea` and `contenteditable` editors are checked on `input`,
 *   debounced per editor. Their text is only read: a textarea's claims have
 *   no Range (the UI lists them), a contenteditable's get Ranges like the page's.
 */
import { checkSteps, outletForUrl, type CheckedWithSource } from '../engine/check';
import { mentionsTopic } from '../engine/topic';
import type { Steps } from '../engine/steps';
import type { ReferenceSet } from '../engine/types';
import type { PageClaim } from '../messages';
import { benchMeasure } from './bench-marks';
import { readableSteps, type Readable } from './readable';
import { rangeFor } from './ranges';
import { noStats, pauseIn, runInSlices } from './slices';
import { editorOf, hiddenByAttributes, isEditorRoot } from './visibility';

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
  /** The launch the page's article is mainly about, and the others it speaks of. */
  about: string | null;
  mentions: string[];
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
  /** How a slice of work hands the main thread back; defaults to pauseIn(window). */
  pause?: () => Promise<void>;
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
  /** Resolves once no scan or draft check is running (they run in slices, see lib/page/slices.ts). */
  whenIdle(): Promise<void>;
}

/** How many claims are given Ranges between two pauses. */
const ENTRIES_PER_PAUSE = 250;

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
  let about: string | null = null;
  let mentions: string[] = [];
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
    return { relevant, entries, ownOutlet, about, mentions };
  };

  const emit = () => opts.onChange(state());

  /** Bumped by every page scan and by stop(): a scan still running when it changes gives up at its next pause. */
  let pageGeneration = 0;
  const draftGeneration = new Map<Element, number>();
  const inFlight = new Set<Promise<void>>();
  const pause = opts.pause ?? pauseIn(win);
  const now = () => win.performance.now();

  const track = (work: Promise<void>) => {
    const p = work.catch((err: unknown) => console.warn('Crosscheck: a scan failed', err));
    inFlight.add(p);
    void p.then(() => inFlight.delete(p));
    return p;
  };

  /** Reads and checks the page in slices (lib/page/slices.ts), then maps claims to Ranges, also in slices. */
  const scanPage = (): Promise<void> => track(scanPageInSlices(++pageGeneration));

  const scanPageInSlices = async (generation: number) => {
    const t0 = now();
    const cancelled = () => generation !== pageGeneration;
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
    // Every slice of this scan adds to `total`; each stage's own share is measured in bench builds.
    const total = noStats();
    const stage = async <T>(steps: Steps<T>): Promise<{ out: T | null; busyMs: number }> => {
      const before = total.busyMs;
      const out = await runInSlices(steps, { cancelled, stats: total, pause, now });
      return { out, busyMs: total.busyMs - before };
    };
    let start = now();
    const read = await stage(readableSteps(doc, { isHidden: (el) => isEditorRoot(el) || isHidden(el) }));
    if (!read.out) return;
    benchMeasure('read', start, { busyMs: read.busyMs });
    ownOutlet = outletForUrl(doc.location?.href ?? '', reference);
    start = now();
    const result = await stage(checkSteps(read.out.text, reference, { blocks: read.out.blocks, exclude: ownOutlet ? [ownOutlet] : [] }));
    if (!result.out) return;
    benchMeasure('check', start, { busyMs: result.busyMs });
    // The highlight step: claims' offsets to Ranges (in slices), then the marks shown (emit()).
    start = now();
    const mapped = await stage(entrySteps(result.out.claims, 'page:', 'page', read.out, null));
    if (!mapped.out) return;
    pageRelevant = result.out.relevant;
    about = result.out.about;
    mentions = result.out.mentions;
    pageEntries = mapped.out;
    const emitStart = now();
    emit();
    const emitMs = now() - emitStart;
    total.busyMs += emitMs;
    total.longestMs = Math.max(total.longestMs, emitMs);
    lastDuration = total.busyMs;
    benchMeasure('highlight', start, { busyMs: mapped.busyMs + emitMs, ranges: pageEntries.filter((e) => e.range).length, emitMs });
    benchMeasure('scan', t0, { busyMs: total.busyMs, slices: total.slices, longestMs: total.longestMs, claims: pageEntries.length });
  };

  /** A check's claims as entries, each with its Range where it has one; pauses every few hundred. */
  function* entrySteps(claims: CheckedWithSource[], idPrefix: string, source: PageClaim['source'], read: Readable | null, editor: Element | null): Steps<Entry[]> {
    const entries: Entry[] = [];
    for (const [i, c] of claims.entries()) {
      if (i > 0 && i % ENTRIES_PER_PAUSE === 0) yield;
      const { sentence: _sentence, ...rest } = c;
      entries.push({ claim: { ...rest, id: `${idPrefix}${i}`, source }, range: read ? rangeFor(doc, read, c.start, c.end) : null, editor });
    }
    return entries;
  }

  /** Checks one editor's draft, in slices like the page; a newer check of the same editor supersedes it. */
  const checkDraft = (editor: Element): Promise<void> => {
    const generation = (draftGeneration.get(editor) ?? 0) + 1;
    draftGeneration.set(editor, generation);
    return track(checkDraftInSlices(editor, generation));
  };

  const checkDraftInSlices = async (editor: Element, generation: number) => {
    const cancelled = () => !running || draftGeneration.get(editor) !== generation;
    if (!editor.isConnected) {
      draftGeneration.delete(editor);
      if (drafts.delete(editor)) emit();
      return;
    }
    const slices = { cancelled, pause, now };
    let text: string;
    let read: Readable | null = null;
    if (editor.tagName === 'TEXTAREA') text = (editor as HTMLTextAreaElement).value;
    else {
      read = await runInSlices(readableSteps(doc, { root: editor, isHidden, headline: false }), slices);
      if (!read) return;
      text = read.text;
    }
    const result = await runInSlices(checkSteps(text, reference, read ? { blocks: read.blocks } : {}), slices);
    if (!result) return;
    const prev = drafts.get(editor);
    if (!result.relevant && !prev) return;
    const n = prev?.n ?? draftCounter++;
    const entries = await runInSlices(entrySteps(result.claims, `draft:${n}:`, 'draft', read, editor), slices);
    if (!entries) return;
    drafts.set(editor, { n, relevant: result.relevant, entries });
    emit();
  };

  /** Debounced, with a maximum wait and a minimum gap after the last scan. */
  const schedule = () => {
    if (!running) return;
    const at = Date.now();
    if (timer === undefined) firstPending = at;
    clearTimeout(timer);
    const gap = Math.max(1000, lastDuration * 5);
    const due = Math.max(Math.min(at + debounceMs, firstPending + maxWaitMs), lastScanEnd + gap);
    timer = setTimeout(() => {
      timer = undefined;
      void scanPage().then(() => (lastScanEnd = Date.now()));
    }, due - at);
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
        void checkDraft(editor);
      }, draftDebounceMs),
    );
  };

  return {
    start() {
      if (running) return;
      running = true;
      void scanPage().then(() => (lastScanEnd = Date.now()));
      observer = new win.MutationObserver(onMutations);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      doc.addEventListener('input', onInput, true);
      // Editors that already hold a draft when the page loads.
      for (const el of Array.from(doc.querySelectorAll('textarea, [contenteditable]:not([contenteditable="false"])'))) if (isEditorRoot(el)) void checkDraft(el);
    },
    stop() {
      running = false;
      pageGeneration++;
      clearTimeout(timer);
      timer = undefined;
      for (const t of draftTimers.values()) clearTimeout(t);
      draftTimers.clear();
      observer?.disconnect();
      observer = null;
      doc.removeEventListener('input', onInput, true);
    },
    rescan() {
      void scanPage().then(() => (lastScanEnd = Date.now()));
      for (const el of [...drafts.keys()]) void checkDraft(el);
    },
    async whenIdle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    state,
    scans: () => scanCount,
  };
}
