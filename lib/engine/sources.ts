/**
 * Who said it: the sources a news text credits for a figure ("South Korea's
 * Joint Chiefs of Staff", "KCNA", "Japan's Defense Ministry"), and the people
 * whose words and offices it reports. Which sources and people there are is
 * data (reference-data/region.json, read by region.ts); how a mention is tied
 * to a figure is here.
 */
import { REGION, type Person, type SourceEntry } from './region';
import type { Attribution } from './types';

/** Most specific first: the first entry that matches a mention names it (the region data's order). */
const SOURCES: SourceEntry[] = REGION.sources;

/** Words that make a source mention an attribution rather than a bystander. */
const CUE = /\b(?:said|says|say|saying|reported|reportedly|allegedly|estimate|figure|given by|provided by|offered by|tracked|reports|reporting|according to|confirmed|confirms|claimed|claims|announced|told|stated|estimated|assessed|identified|identifying|detected|added|believes?|insisted|described|called|labell?ed|classified|came out|published|released|per)\b/i;

export interface SourceMention {
  start: number;
  end: number;
  source: Attribution;
  /** The mention is the subject of a saying verb or follows "according to". */
  cued: boolean;
  /** The mention is the object of a preposition ("given by …"): a bystander, never the speaker. */
  object?: boolean;
  /** The mention speaks in a relative clause ("the 1,500 km that the North claimed"): it governs only the words just before it. */
  relative?: boolean;
}

const CUED_AFTER = /^\s*(?:,[^,]{0,40},\s*)?(?:[\w']+\s+){0,2}?,?\s*(?:has |had |have )?(?:said|says|say|saying|reported|reports|confirmed|claimed|claims|announced|told|stated|estimated|estimates|assessed|assesses|identified|detected|tracked|tracks|put|puts|measured|gave|describing|calling|claiming|saying|judged|spotted|monitored|analy[sz]ed|added|believes?|insisted|described|called|labell?ed|classified|classed|came out|published|released)\b/i;
/** A source after one of these is the object of the sentence, never its speaker: "the figure given by South Korea's military", "talks with Japan's defence ministry". */
/** "that the North claimed", "as Pyongyang claimed", "the 1,500 km Pyongyang's state media claimed": a source speaking in a relative clause. */
const RELATIVE_BEFORE = /\b(?:that|which|as|than)\s+(?:the\s+)?$|\b(?:km|kilomet(?:er|re)s?|miles?|figure|estimate|claim)\s+$/i;
/** How far before a relative-clause source its words reach: the noun phrase it modifies. */
const RELATIVE_REACH = 30;
const OBJECT_BEFORE = /\b(?:by|from|with|to|than|for|about|against|beyond|of|toward|towards|at|on)\s+(?:the\s+)?$/i;
const CUED_BEFORE = /\b(?:according to|said|says|reported|cited by|quoted by|per)\s+(?:the\s+)?$/i;

/** Every source named in `sentence`, with offsets relative to it. */
export function sourceMentions(sentence: string): SourceMention[] {
  if (!CUE.test(sentence)) return [];
  const found: SourceMention[] = [];
  for (const entry of SOURCES) {
    entry.pattern.lastIndex = 0;
    for (let m = entry.pattern.exec(sentence); m; m = entry.pattern.exec(sentence)) {
      if (found.some((f) => m!.index < f.end && f.start < m!.index + m![0].length)) continue;
      const end = m.index + m[0].length;
      const before = sentence.slice(Math.max(0, m.index - 24), m.index);
      const cuedBefore = CUED_BEFORE.test(before);
      const cued = cuedBefore || CUED_AFTER.test(sentence.slice(end, end + 60));
      const object = !cuedBefore && OBJECT_BEFORE.test(before);
      const relative = cued && !cuedBefore && RELATIVE_BEFORE.test(before);
      found.push({ start: m.index, end, source: { id: entry.id, name: entry.name, camp: entry.camp }, cued: cued && !object, ...(object ? { object } : {}), ...(relative ? { relative } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The source a sentence credits for the words at `offset` (relative to the
 * sentence): the nearest mention that a saying verb governs, else the nearest
 * mention of all ("the figure given by South Korea's military" is a bystander
 * when "KCNA said" stands in the same sentence).
 */
export function attributionAt(mentions: SourceMention[], offset: number, sentence = ''): Attribution | null {
  // A semicolon ends a source's reach: "Seoul says 1,100 km; Pyongyang claims 1,500 km".
  const from = sentence.lastIndexOf(';', offset) + 1;
  const semi = sentence.indexOf(';', offset);
  const to = semi < 0 ? Infinity : semi;
  mentions = mentions.filter((m) => !m.object && (!m.relative || (offset < m.start && m.start - offset <= RELATIVE_REACH && !/,\s/.test(sentence.slice(offset, m.start)))));
  const near = mentions.filter((m) => m.start >= from && m.end <= to);
  if (near.length > 0 && near.length < mentions.length) mentions = near;
  let cued = mentions.filter((m) => m.cued);
  // "North Korea says it flew 1,500 km, Seoul puts it at 1,100 km": a source after the figure that
  // goes on to give a figure of its own speaks of that one, when a source before the figure speaks too.
  if (cued.some((m) => m.end <= offset)) {
    const own = cued.filter((m) => !(m.start > offset && /\d/.test(sentence.slice(m.end, m.end + 40))));
    if (own.length > 0) cued = own;
  }
  let best: SourceMention | null = null;
  let bestDistance = Infinity;
  for (const m of cued.length > 0 ? cued : mentions) {
    const d = offset < m.start ? m.start - offset : Math.max(0, offset - m.end);
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best ? best.source : null;
}

/** People the coverage names, with their offices (the region data). */
export type { Person };
export const PEOPLE: Person[] = REGION.people;
