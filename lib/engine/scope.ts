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
  /** Source mentions in the sentence, offsets relative to `start`. */
  mentions: SourceMention[];
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
  const s = scope.folded.slice(scope.start, scope.end);
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield Object.assign(m, { at: scope.start + m.index });
  }
}

/** Case-insensitive, whitespace-folded text of a span, for values written as words. */
export function words(scope: Scope, start: number, end: number): string {
  return scope.folded.slice(start, end).replace(/\s+/g, ' ').trim();
}
