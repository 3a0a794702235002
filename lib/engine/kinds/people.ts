/**
 * Who: officials named with their office ("South Korean Foreign Minister Cho
 * Tae-yul") and quotations with their speaker ("…," Blinken said). Names go
 * through fuse.js so "Yoon Suk-yeol" and "Yoon Suk Yeol" are one person.
 */
// The basic build: plain fuzzy search is all the gazetteers need.
import Fuse from 'fuse.js/basic';
import { REGION } from '../region';
import { PEOPLE, type Person } from '../sources';
import { insideQuote, matches, memo, type Extractor, type Found } from '../scope';
import type { Attribution } from '../types';

let people: Fuse<{ person: Person; alias: string }> | null = null;

/**
 * Titles and honorifics that may stand before a name ("Mr Blinken", "Gen.
 * Nakatani", "Col. Lee Sung-joon", "Secretary Blinken"), one or more.
 */
const TITLES =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Gen|General|Col|Colonel|Lt|Lieutenant|Maj|Major|Capt|Captain|Adm|Admiral|Sgt|Sergeant|Marshal|Comrade|Sen|Senator|Rep|Gov|Governor|Ambassador|Spokes(?:man|woman|person)|Chairman|Premier|(?:Acting )?President(?:-elect)?|Secretary(?: of State)?|(?:Foreign |Defen[cs]e |Prime |Unification )?Minister|(?:Supreme )?Leader)\.?\s+)+/i;

/** A name without the titles before it, and whether it had any. */
export function withoutTitles(written: string): { name: string; titled: boolean } {
  const m = TITLES.exec(written.trim());
  if (!m) return { name: written.trim(), titled: false };
  return { name: written.trim().slice(m[0].length), titled: true };
}

/**
 * The known person a written name stands for, or null. Titles are dropped
 * ("Mr. Blinken" is Blinken). A family name that several known people share
 * ("Kim": Kim Jong Un, Kim Yo Jong) stands for none of them by itself; see
 * personInContext.
 */
export const personNamed = memo((written: string): Person | null => {
  people ??= new Fuse(
    PEOPLE.flatMap((person) => person.aliases.map((alias) => ({ person, alias }))),
    { keys: ['alias'], threshold: 0.2, includeScore: true, ignoreLocation: true },
  );
  const query = withoutTitles(written).name.replace(/[-\s]+/g, ' ').trim();
  if (query.length < 3) return null;
  const found = (q: string): Person | null => {
    const [hit] = people!.search(q, { limit: 1 });
    if (!hit || (hit.score ?? 1) > 0.2) return null;
    return Math.abs(hit.item.alias.length - q.length) <= 3 ? hit.item.person : null;
  };
  // "Ishiba Shigeru": Japanese and Korean order, family name first, as readouts and Asian outlets write it.
  const words = query.split(' ');
  return found(query) ?? (words.length === 2 ? found(`${words[1]} ${words[0]}`) : null);
});

/** How far back a bare family name looks for the full name it stands for. */
const CONTEXT = 2000;
const fullNameCache = new Map<string, RegExp[]>();

/** Full names with this family name: "Kim Jong Un", "Kim Jong-un", "Lee Sung-joon"; or given name first, "Antony Blinken". */
function fullNames(name: string): RegExp[] {
  let res = fullNameCache.get(name);
  if (!res) {
    if (fullNameCache.size > 200) fullNameCache.clear();
    res = [new RegExp(String.raw`\b${name}(?:[ -][A-Z][a-z]+){1,2}(?:-[a-z]+)?\b`, 'g'), new RegExp(String.raw`\b[A-Z][a-z]+ ${name}\b`, 'g')];
    fullNameCache.set(name, res);
  }
  return res;
}

/**
 * The person a name stands for where it is written (`at` in `text`): a name
 * personNamed knows, else a bare family name ("Kim", "Mr Kim", "Col. Lee")
 * read as the last known person of that name named before it. With a title
 * ("Mr Kim") only the same paragraph counts, since a title and a family name
 * fit many people; without one, the last CONTEXT characters do. A family
 * name nobody was named with stands for no one: "Mr Kim" is not Kim Jong Un
 * unless the text said Kim Jong Un first.
 */
export function personInContext(written: string, text: string, at: number): Person | null {
  const known = personNamed(written);
  if (known) return known;
  const { name, titled } = withoutTitles(written);
  if (!/^[A-Z][a-z]+$/.test(name)) return null;
  let from = Math.max(0, at - CONTEXT);
  if (titled) from += text.slice(from, at).lastIndexOf('\n') + 1;
  const before = text.slice(from, at);
  let found: Person | null = null;
  let foundAt = -1;
  for (const re of fullNames(name)) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      const p = personNamed(m[0]);
      if (!p || m.index < foundAt) continue;
      const words = p.name.split(' ');
      if (words[0] === name || words[words.length - 1] === name) {
        found = p;
        foundAt = m.index;
      }
    }
  }
  return found;
}

const COUNTRY: Record<string, string> = {
  'south korean': 'south-korea', "south korea's": 'south-korea',
  'u.s.': 'us', us: 'us', american: 'us', 'u.s': 'us',
  japanese: 'japan', "japan's": 'japan',
  'north korean': 'north-korea', "north korea's": 'north-korea',
};

/** "Foreign Minister" or "foreign minister": each word's first letter in either case. */
const anyCase = (phrase: string) => phrase.replace(/\b([A-Za-z])/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const TITLE = ['Acting President', 'President-elect', 'President', 'Foreign Minister', 'Prime Minister', 'Secretary of State', 'Defen[cs]e Minister', 'Defen[cs]e Secretary', 'leader', 'Unification Minister'].map(anyCase).join('|');
const COUNTRY_WORD = String.raw`South Korean|South Korea's|U\.S\.?|US|American|Japanese|Japan's|North Korean|North Korea's`;
const PERSON = String.raw`[A-Z][a-z]+(?:(?: [A-Z]|-[A-Za-z])[a-z]+){1,2}`;
/** After a title, also one word, when personNamed knows it ("Secretary of State Blinken"). */
const PERSON_AFTER_TITLE = String.raw`[A-Z][a-z]+(?:(?: [A-Z]|-[A-Za-z])[a-z]+){0,2}`;
/** "South Korean Foreign Minister Cho Tae-yul", and "Antony Blinken, the outgoing US secretary of state". */
const OFFICIAL = new RegExp(
  String.raw`\b(former\s+|ex-|outgoing\s+|then-)?(?:(${COUNTRY_WORD})\s+)?(${TITLE})\s+(${PERSON_AFTER_TITLE})\b|\b(${PERSON}),\s+(?:the\s+)?(former\s+|outgoing\s+)?(?:(${COUNTRY_WORD})\s+)?(${TITLE})\b(?!'s)|(?<![\w-])(?:the\s+|an?\s+)?(?:(${COUNTRY_WORD})\s+)?(${TITLE}),\s+(${PERSON})\b`,
  'g',
);

const TITLE_WORD = /president|minister|secretary|leader/i;

/** Officials named with their office. */
export const officials: Extractor = (scope) => {
  if (!TITLE_WORD.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of matches(OFFICIAL, scope)) {
    const [former, country, title, name] = m[3] ? [m[1], m[2], m[3], m[4]] : m[8] ? [m[6], m[7], m[8], m[5]] : [undefined, m[9], m[10], m[11]];
    if (!scope.readQuoted && insideQuote(scope, m.at)) continue;
    if (former && !/outgoing/i.test(former)) continue;
    const person = personNamed(name!);
    // A one-word name is a claim only when it is a known person's ("Foreign Minister Cho").
    if (!person && !/[ -]/.test(name!)) continue;
    const nation = country ? COUNTRY[country.toLowerCase()] : person?.office.split('/')[0];
    if (!nation) continue;
    let office = `${nation}/${title!.toLowerCase().replace(/\s+/g, '-').replace('defence', 'defense')}`;
    // "President Choi" for the acting president: his office, loosely named, not Yoon's.
    if (person && person.office === office.replace(/\/([a-z-]+)$/, '/acting-$1')) office = person.office;
    const start = m[3] ? m.at + (former ? former.length : 0) : m.at;
    out.push({ kind: 'official', start, end: m.at + m[0].length, value: person?.name ?? name!, qualifier: null, attribution: null, detail: { office }, anyEvent: true });
  }
  return out;
};

const QUOTE = /"([^"]{20,600})"/g;
const SAY = String.raw`(?:said|says|added|told|warned|stressed|noted|commented|wrote|declared|insisted)`;
/** A speaker's name, with an abbreviated title before it ("Mr. Blinken", "Col. Lee Sung-joon"). */
const NAME_WORDS = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Prof)\.\s*)?(?:[A-Z][\w'-]+\s?){1,3})`;
/** Where a quote's speaker is named: `"…," Blinken said` / `"…," said Blinken` / `Blinken said "…"`. */
const SPEAKER_AFTER = new RegExp(String.raw`^\s*,?\s*${NAME_WORDS}\s+${SAY}\b`);
const SPEAKER_AFTER_VERB = new RegExp(String.raw`^\s*,?\s*${SAY}\s+${NAME_WORDS}`);
const SPEAKER_BEFORE = new RegExp(String.raw`${NAME_WORDS}\s+(?:\w+\s+)?${SAY}\b[^"]*$`);
const SPEAKER_BEFORE_THAT = new RegExp(String.raw`${NAME_WORDS}\s+(?:\w+\s+){0,3}(?:commented|said|warned|added) that\b[^"]*$`);

/** After a cited title: nothing, or only capitalised words and figures ("The Harbour Ledger. 7 January 2025."). */
const CITATION_AFTER = /^\s*[.,]?\s*(?:\(?[A-Z0-9][\w&'()-]*[.,]?\s*)*$/;

/** Quotations of six words or more, with the speaker the sentence gives them. */
export const quotes: Extractor = (scope) => {
  if (!scope.sentence.includes('"')) return [];
  const out: Found[] = [];
  for (const m of matches(QUOTE, scope)) {
    const inner = m[1]!;
    if (inner.trim().split(/\s+/).length < 6) continue;
    // A quotation that is the whole sentence, unpunctuated inside, with nobody saying it, is a cited title, not a quote.
    if (!/[.!?,]\s*$/.test(inner) && scope.folded.slice(scope.start, m.at).trim() === '' && CITATION_AFTER.test(scope.folded.slice(m.at + m[0].length, scope.end))) continue;
    const after = scope.folded.slice(m.at + m[0].length, Math.min(scope.end, m.at + m[0].length + 60));
    const before = scope.folded.slice(Math.max(scope.start, m.at - 120), m.at);
    const spoken = SPEAKER_AFTER.exec(after)?.[1] ?? SPEAKER_AFTER_VERB.exec(after)?.[1] ?? SPEAKER_BEFORE.exec(before)?.[1] ?? SPEAKER_BEFORE_THAT.exec(before)?.[1];
    const speaker = spoken ? personInContext(spoken.trim(), scope.folded, m.at) ?? lastPerson(scope.folded.slice(scope.start, m.at)) : null;
    const attribution: Attribution | null = speaker
      ? { id: speaker.name.toLowerCase().replace(/\s+/g, '-'), name: speaker.name, camp: speaker.office.startsWith('north-korea') ? 'north-korea' : 'observers' }
      : null;
    out.push({
      kind: 'quote',
      start: m.at + 1,
      end: m.at + 1 + inner.length,
      // The words quoted, without the comma or full stop the sentence put inside the marks.
      value: inner.replace(/\s+/g, ' ').trim().replace(/[,.;:]+$/, ''),
      qualifier: null,
      attribution,
      detail: speaker ? { speaker: speaker.name } : {},
    });
  }
  return out;
};

/** The last known person named in a stretch of text, for "he said". */
function lastPerson(text: string): Person | null {
  let found: Person | null = null;
  const names = /\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\b/g;
  for (let m = names.exec(text); m; m = names.exec(text)) found = personNamed(m[0]) ?? found;
  return found;
}

const COUNTRIES: Record<string, string> = {
  'south korea': 'South Korea', seoul: 'South Korea', japan: 'Japan', tokyo: 'Japan', 'the united states': 'United States',
  washington: 'United States', china: 'China', beijing: 'China', russia: 'Russia', moscow: 'Russia',
};
/** A reaction verb and what it acts on: "strongly condemned the missile launch". */
const REACTION = /\b(?:\w+ly\s+)?(condemned|denounced|criticized|criticised|slammed|welcomed|praised|defended|downplayed)\s+(?:the\s+|this\s+|North Korea's\s+|Pyongyang's\s+)?(?:latest\s+)?(?:missile\s+|ballistic missile\s+)?(launch\w*|test|firing|it(?= (?:as|and|in|at|on|,|\.)|[,.]|$))/g;
const STANCE: Record<string, string> = { condemned: 'condemned', denounced: 'condemned', criticized: 'condemned', criticised: 'condemned', slammed: 'condemned', welcomed: 'welcomed', praised: 'welcomed', defended: 'defended', downplayed: 'downplayed' };

/** The actor a name or country stands for, or null. */
function actorNamed(written: string): string | null {
  const w = written.trim().replace(/^(?:The|the)\s+/, '').replace(/'s$/, '');
  const country = COUNTRIES[w.toLowerCase()] ?? COUNTRIES[`the ${w.toLowerCase()}`];
  if (country) return country;
  const words = w.split(/\s+/);
  // "Foreign Minister Cho Tae-yul": the person is the last words.
  for (let i = 0; i < words.length; i++) {
    const p = personNamed(words.slice(i).join(' '));
    if (p) return p.name;
  }
  return null;
}

/**
 * The subjects of a verb, read backwards from it: an appositive just before
 * the verb is skipped ("Blinken, speaking in Seoul, condemned"), a list is
 * split ("Seoul, Tokyo and Washington"), and "he" is the last person named.
 */
function subjectsBefore(head: string): string[] {
  // Only the last words matter; a bounded window keeps this linear.
  const window = head.slice(-200);
  const h = window.replace(/,[^,]{3,120},\s*(?:has\s+|have\s+)?$/, ' ').replace(/\s+(?:has|have)\s*$/, ' ');
  // Walk back over capitalised words, "and", "the" and commas: the subject list.
  const tokens = h.trimEnd().split(/(\s+|,)/);
  let from = tokens.length;
  while (from > 0) {
    const t = tokens[from - 1]!;
    if (/^(?:\s+|,|and|the|[A-Z][\w.'-]*)$/.test(t)) from--;
    else break;
  }
  const names = tokens.slice(from).join('').split(/,\s*|\s+and\s+/).map(actorNamed).filter((a): a is string => a !== null);
  if (names.length > 0) return names;
  if (/\b(?:he|she)\s*$/i.test(h.trimEnd())) {
    const last = lastPerson(window);
    return last ? [last.name] : [];
  }
  // "Mr Blinken, standing beside …, Cho Tae-yul, has condemned", "Antony Blinken, the US secretary
  // of state, was in Seoul … and condemned": the sentence's own subject, when it is a known actor.
  const subject = SENTENCE_SUBJECT.exec(head);
  const actor = subject ? actorNamed(subject[1]!) : null;
  return actor ? [actor] : [];
}

/** The words a sentence opens with, past a liveblog's time stamp: its subject when it names someone. */
const SENTENCE_SUBJECT = /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:KST|GMT|JST|ET)?\s*[-—–:|]\s*)?((?:(?:Mr|Mrs|Ms|Dr|Gen|Col)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})(?=,|\s+(?:was|has|had|is|and|then|later|also|on|in|at)\b)/;

/** Who condemned (or welcomed, or defended) the launch: one claim per actor. */
export const reactions: Extractor = (scope) => {
  if (!/condemn|denounc|critici|slammed|welcomed|praised|defended|downplayed/.test(scope.sentence)) return [];
  const out: Found[] = [];
  for (const m of matches(REACTION, scope)) {
    const value = STANCE[m[1]!]!;
    // The words of the reaction itself; the actor is often an official claim already.
    const start = m.at + m[0].indexOf(m[1]!);
    const clauseStart = scope.start + scope.sentence.lastIndexOf(';', m.at - scope.start) + 1;
    for (const actor of subjectsBefore(scope.folded.slice(clauseStart, m.at))) {
      const attribution: Attribution = { id: actor.toLowerCase().replace(/\s+/g, '-'), name: actor, camp: REGION.northKoreanActor.test(actor) ? 'north-korea' : 'observers' };
      out.push({ kind: 'reaction', start, end: m.at + m[0].length, value, qualifier: null, attribution, detail: { speaker: actor } });
    }
  }
  return out;
};
