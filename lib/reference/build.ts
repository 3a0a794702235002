/**
 * Builds the reference set from the seed articles: every outlet's claims
 * about the launch, with its quote, offsets and attribution, in a fixed
 * order so the JSON is byte-for-byte stable. Overrides (reviewed corrections
 * with reasons) are applied last.
 */
import { extract } from '../engine/extract';
import { fingerprintSteps } from '../engine/fingerprint';
import { runToEnd } from '../engine/steps';
import { EVENT_DATE } from '../engine/dates';
import { claimCore, type Outlet, type ReferenceClaim, type ReferenceSet } from '../engine/types';

export interface Override {
  outlet: string;
  /** Drop the claim of this kind whose text is this, in this outlet. */
  remove: { kind: string; text: string };
  reason: string;
}

export function buildReference(outlets: Outlet[], readSeed: (file: string) => string, overrides: Override[] = []): ReferenceSet {
  const claims: ReferenceClaim[] = [];
  const fingerprints: Record<string, number[]> = {};
  for (const outlet of outlets) {
    const text = readSeed(outlet.file);
    fingerprints[outlet.id] = runToEnd(fingerprintSteps(text));
    const found = extract(text, { readQuoted: true });
    if (!found.relevant) throw new Error(`Seed ${outlet.file} (${outlet.id}) was not recognised as about the launch.`);
    for (const c of found.claims) {
      if (overrides.some((o) => o.outlet === outlet.id && o.remove.kind === c.kind && o.remove.text === c.text)) continue;
      claims.push({
        outlet: outlet.id,
        ...claimCore(c),
        attribution: c.attribution,
        quote: c.sentence,
        ...(c.detail ? { detail: c.detail } : {}),
      });
    }
  }
  return {
    version: 1,
    event: { date: EVENT_DATE, description: "North Korea's missile launch of 6 January 2025, during Antony Blinken's visit to Seoul" },
    outlets,
    claims,
    fingerprints,
  };
}

/** The reference set as it is written to disk. */
export function serialise(reference: ReferenceSet): string {
  return `${JSON.stringify(reference, null, 2)}\n`;
}
