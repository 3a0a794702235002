/**
 * Drafts in the page's editors (`textarea`, and the outermost
 * `contenteditable`), checked on `input`, debounced per editor, in slices
 * like the page. Their text is only read: a textarea's value, or a
 * contenteditable's readable text (its claims get Ranges like the page's; a
 * textarea's have none, the draft control lists them). A newer check of the
 * same editor supersedes one still running. Each editor keeps its number for
 * the page's life (claim ids `draft:<n>:<i>`).
 */
import { checkSteps } from '../engine/check';
import type { ReferenceSet } from '../engine/types';
import { entrySteps, type Entry } from './entries';
import { readableSteps, type Readable } from './readable';
import { runInSlices } from './slices';
import { editorOf } from './visibility';

export interface DraftChecksOptions {
  doc: Document;
  reference: ReferenceSet;
  isHidden: (el: Element) => boolean;
  /** Quiet period after typing before a draft is re-checked, ms. */
  debounceMs: number;
  pause: () => Promise<void>;
  now: () => number;
  /** Whether checks are wanted at all (false once the scanner stopped). */
  running: () => boolean;
  /** Runs a check and keeps track of it (for whenIdle). */
  track: (work: Promise<void>) => Promise<void>;
  /** A draft's claims changed. */
  onChange: () => void;
}

export interface DraftChecks {
  /** Checks `editor` now. */
  check(editor: Element): Promise<void>;
  /** The document's `input` listener: schedules a check of the editor typed in. */
  onInput(e: Event): void;
  /** Cancels pending checks (results are kept). */
  cancel(): void;
  /** Editors with a draft about the launch. */
  editors(): Element[];
  /** Every draft's entries, editors in the order first found, and whether any is about the launch. */
  results(): { relevant: boolean; entries: Entry[] };
}

export function createDraftChecks(o: DraftChecksOptions): DraftChecks {
  const drafts = new Map<Element, { n: number; relevant: boolean; entries: Entry[] }>();
  const generations = new Map<Element, number>();
  const timers = new Map<Element, ReturnType<typeof setTimeout>>();
  let counter = 0;

  const inSlices = async (editor: Element, generation: number) => {
    const cancelled = () => !o.running() || generations.get(editor) !== generation;
    if (!editor.isConnected) {
      generations.delete(editor);
      if (drafts.delete(editor)) o.onChange();
      return;
    }
    const slices = { cancelled, pause: o.pause, now: o.now };
    let text: string;
    let read: Readable | null = null;
    if (editor.tagName === 'TEXTAREA') text = (editor as HTMLTextAreaElement).value;
    else {
      read = await runInSlices(readableSteps(o.doc, { root: editor, isHidden: o.isHidden, headline: false }), slices);
      if (!read) return;
      text = read.text;
    }
    const result = await runInSlices(checkSteps(text, o.reference, read ? { blocks: read.blocks } : {}), slices);
    if (!result) return;
    const prev = drafts.get(editor);
    if (!result.relevant && !prev) return;
    const n = prev?.n ?? counter++;
    const entries = await runInSlices(entrySteps(o.doc, result.claims, `draft:${n}:`, 'draft', read, editor), slices);
    if (!entries) return;
    drafts.set(editor, { n, relevant: result.relevant, entries });
    o.onChange();
  };

  const check = (editor: Element) => {
    const generation = (generations.get(editor) ?? 0) + 1;
    generations.set(editor, generation);
    return o.track(inSlices(editor, generation));
  };

  return {
    check,
    onInput(e) {
      const editor = editorOf(e.target as Node | null);
      if (!editor) return;
      clearTimeout(timers.get(editor));
      timers.set(
        editor,
        setTimeout(() => {
          timers.delete(editor);
          void check(editor);
        }, o.debounceMs),
      );
    },
    cancel() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
    editors: () => [...drafts.keys()],
    results() {
      const entries: Entry[] = [];
      let relevant = false;
      for (const d of drafts.values()) {
        entries.push(...d.entries);
        relevant ||= d.relevant;
      }
      return { relevant, entries };
    },
  };
}
