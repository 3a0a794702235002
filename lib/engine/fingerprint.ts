/**
 * Recognising a seed article by its text, wherever it is posted: the same
 * article copied to an aggregator, or an outlet whose address is not known,
 * must not agree with itself. A text's fingerprint is a sample of the hashes
 * of its eight-word runs (one in SAMPLE, chosen by hash, so any copy samples
 * the same runs); a text is a copy of a seed when it holds at least
 * COPY_SHARE of that seed's sample.
 */
import type { Steps } from './steps';

/** Words per run. */
const RUN = 8;
/** One hash in this many is kept. */
const SAMPLE = 4;
/** Share of a seed's sampled runs a text must hold to be a copy of it. */
export const COPY_SHARE = 0.5;
/** Characters read for the fingerprint: an article copied into a page starts well before this. */
const READ_LIMIT = 400_000;
/** Characters hashed between two pauses. */
const PER_SLICE = 32_000;

/** FNV-1a, 32 bits, over a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = /[a-z0-9]+/g;

/** The sampled run hashes of a text, sorted and unique; pauses now and then. */
export function* fingerprintSteps(text: string): Steps<number[]> {
  const words: number[] = [];
  const lower = text.slice(0, READ_LIMIT).toLowerCase();
  WORD.lastIndex = 0;
  let next = PER_SLICE;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    words.push(hash(m[0]));
    if (m.index > next) {
      next += PER_SLICE;
      yield;
    }
  }
  // A run's hash folds its words' hashes: no string is built per run.
  const kept = new Set<number>();
  for (let i = 0; i + RUN <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < RUN; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193);
    h >>>= 0;
    if (h % SAMPLE === 0) kept.add(h);
    if (i > 0 && i % 8000 === 0) yield;
  }
  return [...kept].sort((a, b) => a - b);
}

/** The outlets whose seed fingerprint the text holds COPY_SHARE or more of. */
export function copiedOutlets(text: number[], seeds: Record<string, number[]>): string[] {
  const own = new Set(text);
  return Object.entries(seeds)
    .filter(([, sample]) => sample.length > 0 && sample.filter((h) => own.has(h)).length / sample.length >= COPY_SHARE)
    .map(([outlet]) => outlet);
}
