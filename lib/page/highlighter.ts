/**
 * Marks claims in the page with the CSS Custom Highlight API: one registered
 * Highlight per verdict (`crosscheck-contradicted`, …), styled by the
 * extension's page-level stylesheet (entrypoints/content/highlights.css),
 * never by touching the page's elements. A short-lived `crosscheck-flash`
 * highlight shows where a claim is after "scroll to it".
 *
 * Fallback where the API is missing (`CSS.highlights` undefined, e.g. an old
 * browser): `createHighlighter` returns null, nothing is marked in the page,
 * and the claims are still listed in the popup and side panel, where
 * clicking one scrolls to it and selects its words (the only in-page cue
 * that needs no DOM change).
 */
import type { Verdict } from '../engine/types';

export const HIGHLIGHT_PREFIX = 'crosscheck-';
export const FLASH_NAME = 'crosscheck-flash';
export const FOCUS_NAME = 'crosscheck-focus';
const VERDICTS: Verdict[] = ['contradicted', 'disputed', 'unverified', 'supported'];

export const highlightName = (v: Verdict) => `${HIGHLIGHT_PREFIX}${v}`;

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; priority: number };
}

export interface Highlighter {
  /** Replaces every mark with these ranges. */
  show(marks: { range: Range; verdict: Verdict }[]): void;
  /** Marks one range as the claim in focus (stepping with the keyboard, card open). */
  focus(range: Range | null): void;
  /** Marks a range for `ms` milliseconds. */
  flash(range: Range, ms?: number): void;
  /** Removes every registration this extension made. */
  clear(): void;
}

/** Whether this window has the Highlight API. */
export function highlightsSupported(win: Window): boolean {
  const w = win as unknown as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** A highlighter for `win`, or null where the API is missing (see the module comment). */
export function createHighlighter(win: Window): Highlighter | null {
  if (!highlightsSupported(win)) return null;
  const w = win as unknown as Required<HighlightWindow>;
  const registry = w.CSS.highlights!;
  const HighlightCtor = w.Highlight;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (name: string, ranges: Range[], priority: number) => {
    if (ranges.length === 0) {
      registry.delete(name);
      return;
    }
    // Added one by one: spreading tens of thousands of ranges into the constructor's arguments could overflow the stack.
    const h = new HighlightCtor();
    for (const r of ranges) h.add(r);
    h.priority = priority;
    registry.set(name, h);
  };

  return {
    show(marks) {
      VERDICTS.forEach((v, i) => set(highlightName(v), marks.filter((m) => m.verdict === v).map((m) => m.range), VERDICTS.length - i));
    },
    focus(range) {
      set(FOCUS_NAME, range ? [range] : [], 10);
    },
    flash(range, ms = 1600) {
      clearTimeout(flashTimer);
      set(FLASH_NAME, [range], 20);
      flashTimer = setTimeout(() => registry.delete(FLASH_NAME), ms);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const v of VERDICTS) registry.delete(highlightName(v));
      registry.delete(FLASH_NAME);
      registry.delete(FOCUS_NAME);
    },
  };
}
