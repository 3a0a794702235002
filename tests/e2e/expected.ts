/**
 * What the browser tests expect Crosscheck to mark on a page: the engine's
 * claims and verdicts for the page's readable text, computed in Node
 * (happy-dom with scripts off), and a helper to compare marks in any order.
 */
import { Window } from 'happy-dom';
import { check } from '../../lib/engine/check';
import { readable } from '../../lib/page/readable';
import { bundledReference } from '../../lib/reference/bundled';

const loaded = bundledReference();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.reference;

export interface ExpectedMark {
  text: string;
  verdict: string;
}

/** The marks the engine finds in a page's HTML. */
export function expected(html: string): ExpectedMark[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const r = readable(doc);
  void window.happyDOM.close();
  return check(r.text, reference, { blocks: r.blocks }).claims.map((c) => ({ text: c.text, verdict: c.verdict }));
}

/** Marks in a stable order, so two lists compare as sets. */
export const sortMarks = (list: ExpectedMark[]) => [...list].sort((a, b) => a.text.localeCompare(b.text) || a.verdict.localeCompare(b.verdict));
