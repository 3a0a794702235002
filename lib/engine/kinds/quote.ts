/**
 * Quote: words a text puts in someone's mouth, with the speaker the sentence
 * gives them. Compared word by word with the outlets' quotations: the same
 * quotation trimmed, re-punctuated or re-cased agrees; a word changed is a
 * misquote; a quote put in another mouth differs. The finder stays in
 * people.ts, beside the name matching it uses for the speaker.
 */
import { memo } from '../scope';
import type { Stance } from '../types';
import { quotes } from './people';
import { showAsIs, validText, type Comparable, type KindModule } from './kind';

/** Longest quotation compared word by word; the rest of a longer one is not read. */
const MAX_QUOTE_WORDS = 300;

/** A quotation's words as written, the same lower-cased with straight apostrophes, and where an ellipsis cut it. */
interface QuoteWords {
  written: string[];
  keys: string[];
  /** Index of the piece (between ellipses) each word stands in. */
  piece: number[];
}

/**
 * The words of a quotation, for comparing quotes that were trimmed,
 * re-punctuated or re-cased: letters and digits, apostrophes inside a word
 * kept ("Korea's"), hyphens and dashes splitting ("two-way" is "two", "way"),
 * curly quotes folded. An ellipsis ("...", "…") marks an elision.
 */
export const quoteWords = memo((s: string): QuoteWords => {
  const out: QuoteWords = { written: [], keys: [], piece: [] };
  let piece = 0;
  const token = /\.{3}|\u2026|[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  for (let m = token.exec(s); m && out.keys.length < MAX_QUOTE_WORDS; m = token.exec(s)) {
    if (m[0] === '...' || m[0] === '\u2026') {
      if (out.keys.length > 0) piece++;
      continue;
    }
    out.written.push(m[0]);
    out.keys.push(m[0].toLowerCase().replace(/\u2019/g, "'"));
    out.piece.push(piece);
  }
  return out;
});

interface Alignment {
  /** Longest run of words the two share, in order and unbroken. */
  run: number;
  /** Pairs of word indices (page, outlet) in a longest common subsequence. */
  pairs: [number, number][];
}

/** Word-by-word alignment of two quotations (longest common subsequence and run). */
function align(a: string[], b: string[]): Alignment {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: common subsequence of a[i..] and b[j..]; runs kept per row for the longest run.
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  let run = 0;
  let next = new Uint16Array(m + 1);
  for (let i = n - 1; i >= 0; i--) {
    const row = new Uint16Array(m + 1);
    for (let j = m - 1; j >= 0; j--) {
      if (a[i] === b[j]) {
        lcs[i]![j] = lcs[i + 1]![j + 1]! + 1;
        row[j] = next[j + 1]! + 1;
        if (row[j]! > run) run = row[j]!;
      } else lcs[i]![j] = Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
    next = row;
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return { run, pairs };
}

/** Whether `words`, cut at `piece` boundaries, stand in `within` in order, each piece unbroken. */
function fitsIn(words: string[], piece: number[], within: string[]): boolean {
  let from = 0;
  for (let i = 0; i < words.length; ) {
    let k = i;
    while (k < words.length && piece[k] === piece[i]) k++;
    const part = words.slice(i, k);
    let at = -1;
    for (let j = from; j + part.length <= within.length; j++) {
      if (part.every((w, x) => within[j + x] === w)) {
        at = j;
        break;
      }
    }
    if (at < 0) return false;
    from = at + part.length;
    i = k;
  }
  return true;
}

interface QuoteMatch {
  /** Clearly the same quotation: a long shared run, or most words shared in order. */
  same: boolean;
  /** Its words are the other's, in order: one is a trimmed span of the other. */
  faithful: boolean;
  alignment: Alignment;
}

/** A shared run of this many words is one quotation whatever else differs. */
const SAME_RUN = 6;
/** Else this share of the shorter quote's words, in order, with a run of three. */
const SAME_SHARE = 0.7;

const matchQuotes = memo((key: string): QuoteMatch => {
  // The key is the page's quote's length, a colon, and the two quotes (either may hold any character).
  const colon = key.indexOf(':');
  const split = colon + 1 + Number(key.slice(0, colon));
  const pa = key.slice(colon + 1, split);
  const pb = key.slice(split);
  const a = quoteWords(pa);
  const b = quoteWords(pb);
  const shorter = Math.min(a.keys.length, b.keys.length);
  const none = { same: false, faithful: false, alignment: { run: 0, pairs: [] } };
  if (shorter === 0) return none;
  // Cheap test first: quotes that share few words at all are not aligned.
  const inB = new Set(b.keys);
  const shared = a.keys.filter((w) => inB.has(w)).length;
  if (shared < Math.min(SAME_RUN, SAME_SHARE * shorter)) return none;
  const alignment = align(a.keys, b.keys);
  const same = alignment.run >= Math.min(SAME_RUN, shorter) || (alignment.run >= 3 && alignment.pairs.length >= SAME_SHARE * shorter);
  const faithful = same && (fitsIn(a.keys, a.piece, b.keys) || fitsIn(b.keys, b.keys.map(() => 0), a.keys));
  return { same, faithful, alignment };
}, 500);

const quoteMatch = (page: string, outlet: string) => matchQuotes(`${page.length}:${page}${outlet}`);

/**
 * The words that differ between a page's quotation and an outlet's, as
 * each writes them: "This is a dangerous one-way street" against "This is a
 * dangerous two-way street" gives page ["one"], outlet ["two"]. Words one side
 * trimmed at either end, or elided with an ellipsis, are no difference; a
 * word swapped at an end is.
 */
export function quoteDifference(page: string, outlet: string): { page: string[]; outlet: string[] } {
  const a = quoteWords(page);
  const b = quoteWords(outlet);
  const { pairs } = quoteMatch(page, outlet).alignment;
  if (pairs.length === 0) return { page: [...a.written], outlet: [...b.written] };
  const onPage: string[] = [];
  const inOutlet: string[] = [];
  const [fi, fj] = pairs[0]!;
  const [li, lj] = pairs[pairs.length - 1]!;
  // At either end, words on both sides are a swap; words on one side only, a trim.
  if (fi > 0 && fj > 0) {
    onPage.push(...a.written.slice(0, fi));
    inOutlet.push(...b.written.slice(0, fj));
  }
  for (let p = 1; p < pairs.length; p++) {
    const [i0, j0] = pairs[p - 1]!;
    const [i1, j1] = pairs[p]!;
    onPage.push(...a.written.slice(i0 + 1, i1));
    // What the page elided with an ellipsis is not missing.
    if (a.piece[i0] === a.piece[i1]) inOutlet.push(...b.written.slice(j0 + 1, j1));
  }
  if (li < a.keys.length - 1 && lj < b.keys.length - 1) {
    onPage.push(...a.written.slice(li + 1));
    inOutlet.push(...b.written.slice(lj + 1));
  }
  return { page: onPage, outlet: inOutlet };
}

/**
 * A quote is compared with a reference quote only when they are clearly the
 * same quotation (a long shared run of words, or most words shared in order,
 * either trimmed at either end). Then it agrees only when its words are the
 * outlet's, in order (punctuation, case and curly quotes aside): a quote
 * with a word changed ("one-way" for "two-way") is a misquote and differs.
 * The speakers decide as well: a quote put in another mouth differs.
 */
export function compareQuote(claim: Comparable, ref: Comparable): Stance | null {
  const page = String(claim.value);
  const outlet = String(ref.value);
  if (quoteWords(page).keys.length < 4) return null;
  const match = quoteMatch(page, outlet);
  if (!match.same) return null;
  const sa = claim.detail?.speaker;
  const sb = ref.detail?.speaker;
  let stance: Stance | null;
  if (!sa || !sb) stance = sa === sb || !sa ? 'agree' : null;
  else stance = sa === sb ? 'agree' : 'differ';
  return stance === 'agree' && !match.faithful ? 'differ' : stance;
}

export const quote: KindModule = {
  kind: 'quote',
  find: [quotes],
  camped: false,
  stance: compareQuote,
  show: showAsIs,
  validate: validText,
};
