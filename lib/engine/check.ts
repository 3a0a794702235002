/**
 * The whole check: extract a text's claims, compare each with the reference
 * set (leaving out the text's own outlet), add internal-consistency notes.
 * This is what the `check` command prints and what the extension shows.
 */
import { compare } from './compare';
import { consistencyNotes } from './consistency';
import { extract, type ExtractOptions } from './extract';
import type { CheckedClaim, Claim, ReferenceSet } from './types';

export interface CheckOptions extends ExtractOptions {
  /** Outlet ids to leave out: the text's own outlet, when it is a seed. */
  exclude?: string[];
}

/** A checked claim plus the engine's claim, for callers that need the sentence. */
export interface CheckedWithSource extends CheckedClaim {
  sentence: string;
}

export function check(text: string, reference: ReferenceSet, options: CheckOptions = {}): { relevant: boolean; claims: CheckedWithSource[] } {
  const found = extract(text, options);
  if (!found.relevant) return { relevant: false, claims: [] };
  const exclude = new Set(options.exclude ?? []);
  const notes = consistencyNotes(found.claims, found.notes);
  const claims = found.claims.map((c: Claim, i): CheckedWithSource => {
    const result = compare(c, reference.claims, exclude);
    return {
      kind: c.kind,
      text: c.text,
      start: c.start,
      end: c.end,
      value: c.value,
      qualifier: c.qualifier,
      attribution: c.attribution?.name ?? null,
      verdict: result.verdict,
      outlets: result.outlets,
      notes: [...notes[i]!, ...result.notes],
      sentence: c.sentence,
    };
  });
  return { relevant: true, claims };
}

/** The seed outlet a page address belongs to, if any (host and path, ignoring scheme, `www.` and query). */
export function outletForUrl(url: string, reference: ReferenceSet): string | null {
  const key = (u: string) => {
    try {
      const p = new URL(u);
      return `${p.hostname.replace(/^www\./, '')}${p.pathname.replace(/\/$/, '')}`;
    } catch {
      return null;
    }
  };
  const k = key(url);
  if (!k) return null;
  return reference.outlets.find((o) => o.url && key(o.url) === k)?.id ?? null;
}
