/**
 * Text in, claims out. Splits the text into blocks and sentences, marks which
 * launch each clause speaks of, runs every kind's finders (the registry,
 * kinds/index.ts) on the sentences of article prose, and keeps the claims
 * about the 6 January 2025 launch.
 */
import { FINDERS } from './kinds/index';
import { EVENT_DATE } from './dates';
import { disowned } from './disowned';
import { LAUNCH_WORD, MISSILE, THIS_LAUNCH_ANCHOR, TOPIC, clauseMarker, mentionsTopic, markClauses, sentenceCarry, storyLaunch, type Clause, type EventMark, type MarkContext, type Marked } from './events';
import { EVENT_ID, EVENT_LAUNCH, LAUNCH_DATA } from './launches';
import type { Extractor, Found, Scope } from './scope';
import { attributionAt, sourceMentions, type SourceMention } from './sources';
import { runToEnd, type Steps } from './steps';
import { PAUSE_EVERY, plainTextBlockSteps, sentenceSteps, type Block } from './text';
import type { Attribution, Claim } from './types';

/** Every kind's finders, in the registry's order (lib/engine/kinds/index.ts). */
const EXTRACTORS: readonly Extractor[] = FINDERS;

/** Claims found in a text, and whether the text is about the launch at all. */
export interface Extraction {
  relevant: boolean;
  /** The launch the text is mainly about, or null when it speaks of none. */
  about: string | null;
  /** Other launches it speaks of, in order of first mention. */
  mentions: string[];
  claims: Claim[];
  /** Notes on claims, by index into `claims` (internal consistency). */
  notes: string[][];
}

export interface ExtractOptions {
  /** Blocks with roles, when the caller knows them (from HTML); else read from line breaks. */
  blocks?: Block[];
  /** Also read the facts inside quotations (for the reference set; a page's quoted words are its quote claim). */
  readQuoted?: boolean;
}

/**
 * Folds typography to ASCII without changing length, so one set of patterns
 * reads "South Korea’s", "South Korea's" and "South Korea's". Pauses every
 * PAUSE_EVERY characters (one character maps to one, so the pieces join up).
 */
export function* foldSteps(text: string): Steps<string> {
  if (text.length <= PAUSE_EVERY) return foldPiece(text);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += PAUSE_EVERY) {
    if (i > 0) yield;
    // A cut between the halves of a surrogate pair is harmless: only single BMP characters are folded.
    pieces.push(foldPiece(text.slice(i, i + PAUSE_EVERY)));
  }
  return pieces.join('');
}

function foldPiece(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]|[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|[\u00A0\u2000-\u200A\u202F\u205F\u3000*_]|[\u2010\u2011\u2012]/g, (c) => {
    // Markdown emphasis (`**Pyongyang**`) reads as spaces.
    if (c === '*' || c === '_') return ' ';
    if ('\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'.includes(c)) return '"';
    if ('\u2010\u2011\u2012'.includes(c)) return '-';
    if (/\s/.test(c)) return ' ';
    return "'";
  });
}

/** "1.100 km", "10.000 soldiers", "99,8 km": numerals written the continental way, point for thousands. */
const CONTINENTAL_DECIMAL = /(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,])/;
const CONTINENTAL_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])/;
const ENGLISH_THOUSANDS = /\d,\d{3}(?!\d)/;

/**
 * A text that writes its decimals with a comma ("99,8 kilometres") and its
 * thousands with a point ("1.100"), and never groups thousands with a comma,
 * is read with the separators swapped, so "1.100" is 1,100 and "99,8" is 99.8
 * (same length, so offsets hold). Elsewhere the engine reads "1.100" as 1.1
 * and the measures refuse such a figure as ambiguous.
 */
export function continentalNumerals(folded: string): string {
  // Both signs, in numerals of their own, and no English grouping anywhere.
  if (!CONTINENTAL_DECIMAL.test(folded) || !CONTINENTAL_THOUSANDS.test(folded) || ENGLISH_THOUSANDS.test(folded)) return folded;
  return folded
    .replace(/\b\d{1,3}(?:\.\d{3})+(?!\d)/g, (n) => n.replace(/\./g, ','))
    .replace(/(\d),(\d{1,2})(?![\d,])/g, '$1.$2');
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return runToEnd(extractSteps(text, options));
}

/** How many sentences the engine reads between two pauses when run in slices. */
export const SENTENCES_PER_SLICE = 10;

/** Sentences at the start of a text after which extraction also pauses between extractors (see extractSteps). */
const WARM_UP_SENTENCES = 3;

/**
 * `extract`, in slices: the generator pauses (yields) every
 * SENTENCES_PER_SLICE sentences so a caller on a page's main thread can give
 * the page its turn, and returns the extraction when done.
 */
export function* extractSteps(text: string, options: ExtractOptions = {}): Steps<Extraction> {
  if (!mentionsTopic(text)) return { relevant: false, about: null, mentions: [], claims: [], notes: [] };
  const folded = continentalNumerals(yield* foldSteps(text));
  const blocks = options.blocks ?? (yield* plainTextBlockSteps(text));
  const all = (yield* sentenceSteps(folded, blocks)).filter((s) => s.role === 'prose' || s.role === 'heading');

  // The text's own default: the launch the story is about; within a story about this
  // launch, another one when it opens on one.
  const story = storyLaunch(folded, all);
  const storyLaunchData = LAUNCH_DATA.launches.find((l) => l.id === story.launch);
  // A story about a launch the data does not know has no date to count "a week after" from.
  const ctx: MarkContext | undefined = storyLaunchData ? { storyDate: storyLaunchData.date } : undefined;
  const defaultMark: Marked = story.launch === EVENT_ID ? openingMark(folded, all, ctx) : { mark: 'other', launch: storyLaunchData ? story.launch : null };
  const recalled: string[] = [];
  const claims: Claim[] = [];
  const notes: string[][] = [];
  let anchored = false;
  const first = blocks.find((b) => b.role === 'prose' || b.role === 'heading');
  const headlineNamesNorthKorea = first !== undefined && TOPIC.test(folded.slice(first.start, first.end));
  let carry: Marked = defaultMark;
  let lastClause: Clause | null = null;
  // The source a paragraph last gave voice to: "KCNA said …" then "the missile reportedly flew …".
  let voice: Attribution | null = null;
  let block = -1;
  let read = 0;
  for (const s of all) {
    if (++read % SENTENCES_PER_SLICE === 0) yield;
    if (s.block !== block) {
      block = s.block;
      carry = defaultMark;
      voice = null;
      lastClause = null;
    }
    // "Those flew roughly 400 km": a sentence that points back speaks of what the last clause spoke of.
    if (lastClause && POINTS_BACK.test(folded.slice(s.start, Math.min(s.end, s.start + 24)))) carry = { mark: lastClause.mark, launch: lastClause.launch };
    const clauses = markClauses(folded, s.start, s.end, carry, ctx);
    lastClause = clauses[clauses.length - 1] ?? null;
    carry = sentenceCarry(clauses, carry);
    for (const c of clauses) if (c.launch && c.launch !== EVENT_ID && !recalled.includes(c.launch)) recalled.push(c.launch);
    const sentenceText = folded.slice(s.start, s.end);
    const mentions = sourceMentions(sentenceText);
    const own = voice;
    const speaking = mentions.filter((m) => m.cued);
    if (speaking.length) voice = speaking[speaking.length - 1]!.source;
    const scope: Scope = { text, folded, start: s.start, end: s.end, sentence: sentenceText, mentions, launchWord: LAUNCH_WORD.test(sentenceText), readQuoted: options.readQuoted ?? false };
    const found: Found[] = [];
    for (const x of EXTRACTORS) {
      found.push(...x(scope));
      // The first sentences meet every pattern for the first time, and compiling them is most of
      // the work there: pause between extractors too, so a page's first slices stay short.
      if (read <= WARM_UP_SENTENCES) yield;
    }
    // An anchor counts only where North Korea is the subject: in a text whose
    // headline names it, or in a paragraph that does. A scramjet that flew
    // 1,100 km on January 6 is not this launch.
    const blockNamesNorthKorea = () => headlineNamesNorthKorea || TOPIC.test(folded.slice(blocks[s.block]!.start, blocks[s.block]!.end));
    // A question asserts nothing ("How fast is twelve times the speed of sound?"), nor does a
    // correction's account of what was wrong ("an earlier version said 1,000 km"): only their quotes count.
    const assertsNothing = /\?\s*["']?\s*$/.test(sentenceText) || RETRACTED.test(sentenceText) || PREDICTION.test(sentenceText);
    // Read once per sentence, however many claims it holds: the sentence as claims quote it, and whether it says "what".
    let trimmed: string | undefined;
    const namesWhat = /\bwhat\b/i.test(sentenceText);
    for (const f of dedupe(found, sentenceText, s.start)) {
      if (assertsNothing && f.kind !== 'quote') continue;
      // "did not fly 3,000 km", "a post says it flew 3,000 km": the text does not stand behind it.
      if (disownedFigure(f, sentenceText, s.start)) continue;
      const mark = markAt(clauses, f.start);
      // Facts of the day (troops sent, the previous launch) hold whatever clause they stand in, but only in a story about this launch.
      if (mark !== 'this' && !(f.anyEvent && story.launch === EVENT_ID)) continue;
      if (!anchored && mark === 'this' && isAnchor(f, sentenceText) && blockNamesNorthKorea()) anchored = true;
      claims.push({
        kind: f.kind,
        text: text.slice(f.start, f.end),
        start: f.start,
        end: f.end,
        value: f.value,
        qualifier: f.qualifier,
        attribution:
          f.attribution !== undefined
            ? f.attribution
            : ((namesWhat && northKoreanLabel(sentenceText, f.start - s.start)) || (figureOwner(mentions, f.end - s.start, sentenceText) ?? attributionAt(mentions, f.start - s.start, sentenceText) ?? reportedVoice(own, f, sentenceText))),
        sentence: (trimmed ??= text.slice(s.start, s.end).trim()),
        sentenceStart: s.start,
        sentenceEnd: s.end,
        ...(f.detail ? { detail: f.detail } : {}),
      });
      notes.push(f.notes ?? []);
    }
    if (!anchored && clauses.some((c) => c.mark === 'this') && THIS_LAUNCH_ANCHOR.test(sentenceText) && MISSILE.test(sentenceText) && blockNamesNorthKorea()) anchored = true;
  }
  const known = storyLaunchData ? story.launch : null;
  const about = story.launch !== EVENT_ID ? known : (story.scores.get(EVENT_ID) ?? 0) > 0 || anchored ? EVENT_ID : null;
  const others = recalled.filter((id) => id !== about);
  if (!anchored) return { relevant: false, about, mentions: others, claims: [], notes: [] };
  return { relevant: true, about, mentions: others, claims, notes };
}

/** Kinds whose claims a text can deny or disown ("did not fly 3,000 km"); people, quotes and reactions are read as they stand. */
const DISOWNABLE: ReadonlySet<string> = new Set(['distance', 'altitude', 'speed', 'date', 'weekday', 'time', 'missile-type', 'launch-site', 'impact-area', 'previous-launch', 'troops', 'casualties']);

function disownedFigure(f: Found, sentence: string, sentenceStart: number): string | null {
  return DISOWNABLE.has(f.kind) ? disowned(sentence, f.start - sentenceStart, f.end - sentenceStart) : null;
}

/** A sentence that opens by pointing back at what was just described. */
const POINTS_BACK = /^\s*(?:Those|These|That (?:missile|launch|salvo|test|flight)|Those missiles|These missiles)\b/;

/** A prediction asserts nothing yet: "If it runs overnight, expect the usual claim of …", "Expect a test soon". */
const PREDICTION = /^\s*(?:If\b[^,.]{0,80},\s*)?(?:expect|look (?:out )?for|watch for)\b/i;

/** A correction's account of an error it withdraws. */
const RETRACTED = /^\s*(?:correction|clarification)\s*:|\ban earlier version of this (?:story|article|post|report|entry)\b/i;

/** Reported speech: "reportedly", "allegedly", "the agency said", "it claimed". */
const REPORTED = /\b(?:reportedly|allegedly|purportedly|supposedly|it (?:said|says|added|claimed|claims|stated)|the (?:agency|report|statement|newspaper|broadcaster)|(?:the North|Pyongyang|North Korea) (?:claimed|claims|says|said)|claims? to have|according to (?:the|its) (?:report|agency|statement|account))\b/i;

/** "the 1,100-kilometre figure given by South Korea's military", "the roughly 1,100 km estimated by the JCS": the figure just before it is that source's. */
const OWNED_BY = /^\s*(?:\([^)]{0,24}\)\s*)?(?:(?:estimate|figure|assessment|reading|tally|count|calculation)s?\s+(?:(?:given|provided|offered|issued|released|made|put forward|reported|cited)\s+)?|(?:estimated|calculated|measured|tracked|detected|given|provided|reported|cited)\s+)by\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?'s\s+)?$/i;

function figureOwner(mentions: SourceMention[], end: number, sentence: string): Attribution | null {
  for (const m of mentions) {
    if (m.start > end && m.start - end < 70 && OWNED_BY.test(sentence.slice(end, m.start))) return m.source;
  }
  return null;
}

/** "what it called a new hypersonic missile", "what Pyongyang said was": North Korea's label, up to the next comma. */
const NK_LABEL = /\bwhat (?:it|North Korea|Pyongyang|the North|state media|KCNA)\s+(?:called|calls|described as|describes as|said was|says was|claimed was|claims is|touted as|hailed as)\b[^,;]*$/i;
const NORTH_KOREA_LABEL: Attribution = { id: 'north-korea', name: 'North Korea', camp: 'north-korea' };

/** North Korea's label for the words at `offset`, in a sentence that says "what" (the caller tests that once). */
function northKoreanLabel(sentence: string, offset: number): Attribution | null {
  return NK_LABEL.test(sentence.slice(Math.max(0, offset - 80), offset)) ? NORTH_KOREA_LABEL : null;
}

/**
 * Whose figure an unattributed claim is when its paragraph has given voice to
 * North Korea: in reported speech, North Korea's; otherwise carried, so the
 * comparison never calls it wrong on the other camp's word.
 */
function reportedVoice(voice: Attribution | null, f: Found, sentence: string): Attribution | null {
  if (!voice || voice.camp !== 'north-korea' || f.kind === 'quote' || f.kind === 'official' || f.kind === 'reaction' || f.anyEvent) return null;
  return REPORTED.test(sentence) ? voice : { ...voice, carried: true };
}

/**
 * A claim that by itself ties a text to this launch: its date, or its
 * reported figures in a sentence about a missile (a train that covered
 * 1,530 km is no anchor).
 */
function isAnchor(f: Found, sentence: string): boolean {
  if (f.kind === 'date') return f.value === EVENT_DATE;
  if (!MISSILE.test(sentence)) return false;
  const figures = f.kind === 'distance' || f.kind === 'speed' ? EVENT_LAUNCH.figures[f.kind] ?? [] : [];
  return typeof f.value === 'number' && figures.some((x) => Math.abs(x - (f.value as number)) <= x * (f.kind === 'speed' ? 0 : 0.055));
  return false;
}

function markAt(clauses: Clause[], offset: number): EventMark {
  for (const c of clauses) if (offset >= c.start && offset < c.end) return c.mark;
  return clauses[clauses.length - 1]?.mark ?? 'this';
}

/** Two extractors may read the same words as the same kind; keep the first, and drop a bracketed restatement. */
function dedupe(found: Found[], sentence: string, offset: number): Found[] {
  const seen = new Set<string>();
  const kept: Found[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const key = `${f.kind}|${f.start}|${f.end}|${f.value}|${f.detail?.speaker ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "the Sea of Japan (the East Sea)": a name in brackets restates the one before it.
    const twin = kept.find((k) => k.kind === f.kind && k.value === f.value && k.end <= f.start && /^\s*\(\s*(?:the\s+|or\s+)?$/i.test(sentence.slice(k.end - offset, f.start - offset)));
    if (twin) continue;
    kept.push(f);
  }
  return kept;
}

/**
 * The text's default: "other" when the first launch its opening marks is not
 * this one (a date, "last year"), "this" when it is (a date near 6 January,
 * Blinken's visit, "hypersonic") or when the opening marks none.
 */
function openingMark(folded: string, all: { start: number; end: number }[], ctx: MarkContext | undefined): Marked {
  const self: Marked = { mark: 'this', launch: EVENT_ID };
  for (const s of all.slice(0, 6)) {
    for (const c of markClauses(folded, s.start, s.end, self, ctx)) {
      const own = clauseMarker(folded, c.start, c.end, ctx);
      if (own) return own;
      if (THIS_LAUNCH_ANCHOR.test(folded.slice(c.start, c.end))) return self;
    }
  }
  return self;
}
