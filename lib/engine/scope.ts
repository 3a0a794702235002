/**
 * The shared shape of a kind extractor: it reads one sentence and returns the
 * claims of its kinds found there. The orchestrator (extract.ts) adds the
 * sentence, the attribution and the event filter.
 */
import type { SourceMention } from './sources';
import type { Attribution, ClaimDetail, ClaimKind, ClaimValue } from './types';

export interface Scope {
  /** The whole input, as given. Claims quote it. */
  text: string;
  /** The input with curly quotes, dashes and odd spaces folded to ASCII, same length. */
  folded: string;
  start: number;
  end: number;
  /** `folded.slice(start, end)`, cut once per sentence. */
  sentence: string;
  /** Source mentions in the sentence, offsets relative to `start`. */
  mentions: SourceMention[];
  /** Whether the sentence has a launch word (LAUNCH_WORD), tested once. */
  launchWord: boolean;
  /** Read facts inside quotations too (the reference set records what each outlet quotes anyone claiming). */
  readQuoted?: boolean;
}

export interface Found {
  kind: ClaimKind;
  start: number;
  end: number;
  value: ClaimValue;
  qualifier: string | null;
  detail?: ClaimDetail;
  /** Set to override the sentence's nearest source (e.g. a quote's speaker). */
  attribution?: Attribution | null;
  /** True when the claim is about this launch whatever clause it stands in (e.g. "since Nov. 5"). */
  anyEvent?: boolean;
  /** Internal-consistency findings about this claim. */
  notes?: string[];
}

export type Extractor = (scope: Scope) => Found[];

/** Runs a global regular expression over the sentence, with offsets made absolute. */
export function* matches(re: RegExp, scope: Scope): Generator<RegExpExecArray & { at: number }> {
  const s = scope.sentence;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield Object.assign(m, { at: scope.start + m.index });
  }
}

/**
 * Where a claim's own words start in a match that may open with a hedge
 * ("about 1,100 km" → the offset of "1,100"): the qualifier is reported
 * apart from the words.
 */
export function afterQualifier(m: RegExpExecArray & { at: number }, qualifier: string | undefined): number {
  if (!qualifier) return m.at;
  let i = m[0].indexOf(qualifier) + qualifier.length;
  while (i < m[0].length && /\s/.test(m[0][i]!)) i++;
  return m.at + i;
}

/**
 * Remembers the answers of a pure lookup (fuzzy name matching is the costly
 * part of the engine); forgets everything past `limit` entries.
 */
export function memo<T>(lookup: (key: string) => T, limit = 2000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = lookup(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * Whether `at` stands inside a double-quoted passage of the sentence: the
 * words there belong to the quote claim, not to claims of their own.
 */
export function insideQuote(scope: Scope, at: number): boolean {
  let open = false;
  for (let i = scope.start; i < at; i++) if (scope.folded[i] === '"') open = !open;
  return open;
}
