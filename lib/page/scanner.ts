/**
 * Reads a page and its drafts, checks them with the engine, and keeps the
 * results current as the page changes. No browser-extension API here: it
 * takes the document and reports through a callback, so tests can drive it
 * with any DOM. This module only wires the pieces:
 *
 * - one full scan of the article, in slices (lib/page/page-scan.ts); a newer
 *   scan supersedes one still running;
 * - rescans when the page changes (one MutationObserver on the document,
 *   filtered by lib/page/page-changes.ts), debounced and spaced out by
 *   lib/page/rescan-schedule.ts;
 * - drafts in editors, checked on input (lib/page/draft-checks.ts).
 */
import type { ReferenceSet } from '../engine/types';
import { createDraftChecks } from './draft-checks';
import type { Entry } from './entries';
import { pageChanged } from './page-changes';
import { scanPage } from './page-scan';
import { createRescanSchedule } from './rescan-schedule';
import { pauseIn } from './slices';
import { hiddenByAttributes, isEditorRoot } from './visibility';

export type { Entry } from './entries';

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

const EDITORS = 'textarea, [contenteditable]:not([contenteditable="false"])';

export function createScanner(opts: ScannerOptions): Scanner {
  const { doc, reference } = opts;
  const win = doc.defaultView!;
  const isHidden = opts.isHidden ?? hiddenByAttributes;
  const pause = opts.pause ?? pauseIn(win);
  const now = () => win.performance.now();

  let page: { relevant: boolean; entries: Entry[]; ownOutlet: string | null; about: string | null; mentions: string[] } = {
    relevant: false,
    entries: [],
    ownOutlet: null,
    about: null,
    mentions: [],
  };
  let lastDuration = 0;
  let scanCount = 0;
  let running = false;
  let observer: MutationObserver | null = null;
  /** Bumped by every page scan and by stop(): a scan still running when it changes gives up at its next pause. */
  let generation = 0;
  const inFlight = new Set<Promise<void>>();

  const track = (work: Promise<unknown>) => {
    const p = work.then(
      () => undefined,
      (err: unknown) => console.warn('Crosscheck: a scan failed', err),
    );
    inFlight.add(p);
    void p.then(() => inFlight.delete(p));
    return p;
  };

  const state = (): ScanState => {
    const d = drafts.results();
    return { relevant: page.relevant || d.relevant, entries: [...page.entries, ...d.entries], ownOutlet: page.ownOutlet, about: page.about, mentions: page.mentions };
  };
  const emit = () => opts.onChange(state());

  const drafts = createDraftChecks({
    doc,
    reference,
    isHidden,
    debounceMs: opts.draftDebounceMs ?? 350,
    pause,
    now,
    running: () => running,
    track,
    onChange: emit,
  });

  const runScan = (): Promise<void> => {
    const mine = ++generation;
    scanCount++;
    return track(
      scanPage({
        doc,
        reference,
        isHidden,
        pause,
        now,
        cancelled: () => mine !== generation,
        apply: (outcome) => {
          if (!outcome.gateOpen) {
            // The page was about the launch and no longer is (a single-page app moved on).
            if (page.relevant || page.entries.length > 0) {
              page = { ...page, relevant: false, entries: [] };
              emit();
            }
            return;
          }
          const { gateOpen: _open, ...found } = outcome;
          page = found;
          emit();
        },
      }).then((busy) => {
        if (busy !== null) lastDuration = busy;
      }),
    );
  };

  const schedule = createRescanSchedule({ debounceMs: opts.debounceMs ?? 400, maxWaitMs: opts.maxWaitMs ?? 2000, lastDuration: () => lastDuration, run: runScan });

  const onMutations = (records: MutationRecord[]) => {
    if (running && pageChanged(records, opts.ignore)) schedule.changed();
  };

  return {
    start() {
      if (running) return;
      running = true;
      void schedule.runNow();
      observer = new win.MutationObserver(onMutations);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      doc.addEventListener('input', drafts.onInput, true);
      // Editors that already hold a draft when the page loads.
      for (const el of Array.from(doc.querySelectorAll(EDITORS))) if (isEditorRoot(el)) void drafts.check(el);
    },
    stop() {
      running = false;
      generation++;
      schedule.cancel();
      drafts.cancel();
      observer?.disconnect();
      observer = null;
      doc.removeEventListener('input', drafts.onInput, true);
    },
    rescan() {
      void schedule.runNow();
      for (const el of drafts.editors()) void drafts.check(el);
    },
    async whenIdle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    state,
    scans: () => scanCount,
  };
}
