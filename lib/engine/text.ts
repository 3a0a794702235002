/**
 * Splits text into blocks (paragraph-like lines) and sentences, and tells
 * article prose from page furniture. Everything here is one linear pass; no
 * regular expression can backtrack over more than a line.
 */

import type { Steps } from './steps';

/**
 * How many characters the whole-text passes here (and fold) read between two
 * pauses when run in slices: a few milliseconds' work.
 */
export const PAUSE_EVERY = 1 << 14;

/** What a block of text is on the page. Only prose and headings carry claims. */
export type BlockRole = 'prose' | 'heading' | 'caption' | 'furniture';

export interface Block {
  start: number;
  end: number;
  role: BlockRole;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the block the sentence belongs to. */
  block: number;
  role: BlockRole;
}

const CREDIT =
  /\((?:image|photo|picture)\s+credit\b|\b(?:image|photo|photograph|picture|credit)\s*:\s*\S|\bgetty images\b|\bap photo\b|picture alliance|\/ap\b|\breuters\/|\bafp\/|\(kcna via/i;
const FURNITURE =
  /^(?:\d+\.\s*)?skip (?:to|next)\b|^(?:related (?:articles|stories|coverage)|leave a (?:comment|reply)|share (?:this|on)\b|subscribe\b|copyright\b|©|back to top|enter your email|your email address|advertisement|read more\b|more stories|sign up|follow us|comments?\b\s*$|\d+ minute read|(?:also|read) (?:read|also|see|watch)\b|story continues\b|scroll (?:down )?to continue\b|tags?\s*:|topics?\s*:|filed under\b|home\s*[/›>»|])|\bno comments on\b|\ball rights reserved\b|^[a-z]{2,4}(?:,[a-z]{2,4})*\/[a-z]{2,4}(?:,[a-z]{2,4})*\s*\(/i;
/**
 * Lines an aggregator sets around a story, recognised only on a short line:
 * a time stamp ("Updated: Jan 7, 2025 09:14 IST", "Published on 7 January
 * 2025") and a byline ("By Staff Writer") with nothing to end a sentence.
 */
const STAMP = /^(?:last |first )?(?:updated|published|posted|modified)\b(?: on| at)?\s*[:|-]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s*)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const BYLINE = /^[Bb][Yy]\s+[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|&|de|van|von|bin))*\s*(?:$|[,|\u2013\u2014-])/;
/** Longest line read as a stamp or byline. */
const SHORT_LINE = 100;
const TERMINAL = /[.!?"”’)\]]\s*$/;

/**
 * Cuts plain text into blocks at line breaks and gives each a role. A line
 * that credits an image is a caption, and so is an unpunctuated line right
 * above it (the caption's title). A line that starts in lower case right
 * under one that ends without punctuation continues it (a hard line break
 * inside a sentence). Pauses every PAUSE_EVERY characters read.
 */
export function* plainTextBlockSteps(text: string): Steps<Block[]> {
  const blocks: Block[] = [];
  let lineStart = 0;
  let sincePause = 0;
  /** Whether the line before this one held text (a blank line ends a paragraph). */
  let lastLineHadText = false;
  const n = text.length;
  while (lineStart <= n) {
    if (sincePause > PAUSE_EVERY) {
      sincePause = 0;
      yield;
    }
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = n;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const prev = blocks[blocks.length - 1];
    if (e > s && lastLineHadText && prev && continuesBlock(text, prev, s, e)) {
      prev.end = e;
      prev.role = roleOf(text, prev.start, e);
    } else if (e > s) blocks.push({ start: s, end: e, role: roleOf(text, s, e) });
    lastLineHadText = e > s;
    sincePause += lineEnd - lineStart + 1;
    lineStart = lineEnd + 1;
  }
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1]!;
    if (blocks[i]!.role === 'caption' && prev.role === 'heading') prev.role = 'caption';
  }
  return blocks;
}

function classifyLine(head: string, tail: string, length: number): BlockRole {
  if (FURNITURE.test(head)) return 'furniture';
  if (length <= SHORT_LINE && (STAMP.test(head) || (BYLINE.test(head) && !TERMINAL.test(tail)))) return 'furniture';
  if (CREDIT.test(head) || CREDIT.test(tail)) return 'caption';
  return TERMINAL.test(tail) ? 'prose' : 'heading';
}

/**
 * Furniture or a caption, when a block's own words say so ("Also Read: …",
 * "Advertisement", "Tags: …", a time stamp, "(Image: KCNA)"), whatever markup
 * the page gave it; null for anything else. The page reader uses this too.
 */
export function furnitureRole(text: string): 'furniture' | 'caption' | null {
  const role = classifyLine(text.slice(0, 400), text.slice(-80), text.length);
  return role === 'furniture' || role === 'caption' ? role : null;
}

/** The role of the block text[s, e). */
const roleOf = (text: string, s: number, e: number) => classifyLine(text.slice(s, Math.min(e, s + 400)), text.slice(Math.max(s, e - 80), e), e - s);

/**
 * Whether a line continues the block above it: a hard line break inside a
 * sentence, as plain text wrapped at a fixed width has it. The line above
 * ends without sentence punctuation and is prose-like (no furniture, no
 * caption), and this line starts in lower case.
 */
function continuesBlock(text: string, prev: Block, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (!(c >= 97 && c <= 122)) return false;
  if (prev.role === 'furniture' || prev.role === 'caption') return false;
  if (/[.!?:;"”’)\]]/.test(text[prev.end - 1]!)) return false;
  const own = roleOf(text, s, e);
  return own !== 'furniture' && own !== 'caption';
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Whether position `i` (a separator or a digit) sits between two digits of one numeral. */
function inNumeral(text: string, i: number): boolean {
  return isDigitAt(text, i - 1) && (isDigitAt(text, i + 1) || isDigitAt(text, i));
}

/**
 * A hard cut near `at` that does not split a run of digits: moved to the
 * run's end when that is near, else left where it is (a numeral of a
 * thousand digits is no figure anyone reads).
 */
function wholeNumeralCut(text: string, at: number, end: number): number {
  if (!inNumeral(text, at)) return at;
  let cut = at;
  while (cut < end && cut - at < MAX_SENTENCE && (isDigitAt(text, cut) || (/[ ,.]/.test(text[cut]!) && inNumeral(text, cut)))) cut++;
  return cut < end && cut - at < MAX_SENTENCE ? cut : at;
}

/** Longest stretch read as one sentence. */
export const MAX_SENTENCE = 2000;

const ORDINAL_DAY = /(?:^|[^\d.,])(?:[12]\d|3[01]|[1-9])$/;
const MONTH_AFTER = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'adm', 'gov', 'sen', 'rep', 'st',
  'no', 'vs', 'approx', 'est', 'inc', 'corp', 'co', 'jr', 'sr', 'a.m', 'p.m', 'u.s', 'u.n',
  'u.k', 'e.g', 'i.e', 'n', 's', 'mt',
]);

/**
 * Splits each claim-bearing block into sentences. A sentence ends at `.`, `!`
 * or `?` (and any closing quote) followed by white space and a capital,
 * digit or quote, unless the word before the stop is an abbreviation; and at
 * a full stop with no space after it between two words ("Japan.The launch",
 * see gluedSentenceEnd).
 * Pauses every PAUSE_EVERY characters read.
 */
export function* sentenceSteps(text: string, blocks: Block[]): Steps<Sentence[]> {
  const out: Sentence[] = [];
  let sincePause = 0;
  const push = (start: number, end: number, block: number, role: BlockRole) => {
    // No prose sentence runs to thousands of characters; a wall of text that
    // does is cut at white space so per-sentence work stays bounded.
    while (end - start > MAX_SENTENCE) {
      // The last space in the second half of the window that does not group a
      // numeral ("1 100"), else a cut that leaves digits whole where it can.
      let cut = start + MAX_SENTENCE;
      while (cut > start + MAX_SENTENCE / 2 && !(text[cut] === ' ' && !inNumeral(text, cut))) cut--;
      if (text[cut] !== ' ' || inNumeral(text, cut)) cut = wholeNumeralCut(text, start + MAX_SENTENCE, end);
      out.push({ start, end: cut, block, role });
      start = cut;
    }
    if (end > start) out.push({ start, end, block, role });
  };
  for (const [bi, b] of blocks.entries()) {
    let s = b.start;
    for (let i = b.start; i < b.end; i++) {
      if (++sincePause > PAUSE_EVERY) {
        sincePause = 0;
        yield;
      }
      const c = text[i]!;
      if (c !== '.' && c !== '!' && c !== '?') continue;
      let j = i + 1;
      while (j < b.end && /["”’')\]]/.test(text[j]!)) j++;
      if (j < b.end && c === '.' && gluedSentenceEnd(text, i, j, b)) {
        push(s, j, bi, b.role);
        s = j;
        i = j - 1;
        continue;
      }
      if (j >= b.end || !isSpace(text.charCodeAt(j))) continue;
      let k = j;
      while (k < b.end && isSpace(text.charCodeAt(k))) k++;
      if (k >= b.end || !/[A-Z0-9"“‘'(]/.test(text[k]!)) continue;
      if (c === '.' && isAbbreviation(text, i, b.start)) continue;
      // "6. January", "5. November": a day written the continental way, not a sentence's end.
      if (c === '.' && ORDINAL_DAY.test(text.slice(Math.max(b.start, i - 3), i)) && MONTH_AFTER.test(text.slice(k, k + 10))) continue;
      push(s, j, bi, b.role);
      s = k;
      i = k - 1;
    }
    if (s < b.end) push(s, b.end, bi, b.role);
  }
  return out;
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let w = dot;
  while (w > floor && w > dot - 12 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials such as "U.S" or "N" (in "N. Korea").
  return /^(?:[a-z]\.)*[a-z]$/.test(word) && word.length <= 5;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => isLower(c) || isUpper(c);

/**
 * A full stop with no space after it that still ends a sentence, as pages
 * that lost a space or a line break give it: "Japan.The launch". Only between
 * a lower-case word of two letters or more and a capitalised word; not after
 * an abbreviation ("Jan.", "Mr.", "St.Louis"), initials ("U.S.The") or a
 * digit ("0.5", "No.1", "Jan.7"), and not inside an address ("www.Reuters.com",
 * "news.Yahoo.com", "x.com/Blinken", "a.Name@mail").
 */
function gluedSentenceEnd(text: string, dot: number, next: number, b: Block): boolean {
  if (!(isUpper(text.charCodeAt(next)) && isLower(text.charCodeAt(next + 1)))) return false;
  let w = dot;
  while (w > b.start && dot - w < 24 && isLetter(text.charCodeAt(w - 1))) w--;
  if (dot - w < 2 || !isLower(text.charCodeAt(dot - 1))) return false;
  if (isAbbreviation(text, dot, b.start)) return false;
  // An address: a slash, "@", ":" or "www" in the token before, or a dot, slash or "@" after the next word.
  let t = w;
  while (t > b.start && w - t < 40 && !isSpace(text.charCodeAt(t - 1))) t--;
  if (/[/@:]|www|\.[a-z]/i.test(text.slice(t, dot))) return false;
  let k = next;
  while (k < b.end && k - next < 40 && isLetter(text.charCodeAt(k))) k++;
  return !/[./@_]/.test(text[k] ?? '') || !/[A-Za-z0-9]/.test(text[k + 1] ?? '');
}
