/**
 * One full scan of the page's article, in slices that yield to the page
 * (lib/page/slices.ts): the cheap gate on the body's text, then the readable
 * text (lib/page/readable.ts), the engine's check of it whole (which launch a
 * paragraph is about needs the whole text), then each claim's offsets to a
 * live Range. A scan that is superseded gives up at its next pause. In bench
 * builds each stage records a User Timing measure (lib/page/bench-marks.ts).
 */
import { checkSteps, outletForUrl } from '../engine/check';
import { mentionsTopic } from '../engine/topic';
import type { Steps } from '../engine/steps';
import type { ReferenceSet } from '../engine/types';
import { benchMeasure } from './bench-marks';
import { entrySteps, type Entry } from './entries';
import { readableSteps } from './readable';
import { noStats, runInSlices } from './slices';
import { isEditorRoot } from './visibility';

/** What a scan found: the gate shut, or the article's claims. */
export type PageScanOutcome =
  | { gateOpen: false }
  | { gateOpen: true; relevant: boolean; about: string | null; mentions: string[]; ownOutlet: string | null; entries: Entry[] };

export interface PageScanOptions {
  doc: Document;
  reference: ReferenceSet;
  isHidden: (el: Element) => boolean;
  /** Whether a newer scan (or stop) has made this one unwanted. */
  cancelled: () => boolean;
  pause: () => Promise<void>;
  now: () => number;
  /**
   * Takes the outcome (the caller stores it and shows it). Called once, at
   * the end of a scan that was not cancelled; its own time counts as the
   * scan's (it registers the highlights).
   */
  apply: (outcome: PageScanOutcome) => void;
}

/** Runs one scan; resolves to the work it took (ms), or null if it was cancelled or the gate stayed shut. */
export async function scanPage(o: PageScanOptions): Promise<number | null> {
  const { doc, reference, now, cancelled, pause } = o;
  const t0 = now();
  const body = doc.body;
  if (!body || !mentionsTopic(body.textContent ?? '')) {
    o.apply({ gateOpen: false });
    return null;
  }
  // Every slice of this scan adds to `total`; each stage's own share is measured in bench builds.
  const total = noStats();
  const stage = async <T>(steps: Steps<T>): Promise<{ out: T | null; busyMs: number }> => {
    const before = total.busyMs;
    const out = await runInSlices(steps, { cancelled, stats: total, pause, now });
    return { out, busyMs: total.busyMs - before };
  };
  let start = now();
  const read = await stage(readableSteps(doc, { isHidden: (el) => isEditorRoot(el) || o.isHidden(el) }));
  if (!read.out) return null;
  benchMeasure('read', start, { busyMs: read.busyMs });
  const ownOutlet = outletForUrl(doc.location?.href ?? '', reference);
  start = now();
  const result = await stage(checkSteps(read.out.text, reference, { blocks: read.out.blocks, exclude: ownOutlet ? [ownOutlet] : [] }));
  if (!result.out) return null;
  benchMeasure('check', start, { busyMs: result.busyMs });
  // The highlight step: claims' offsets to Ranges (in slices), then the marks shown (apply()).
  start = now();
  const mapped = await stage(entrySteps(doc, result.out.claims, 'page:', 'page', read.out, null));
  if (!mapped.out) return null;
  const entries = mapped.out;
  const applyStart = now();
  o.apply({ gateOpen: true, relevant: result.out.relevant, about: result.out.about, mentions: result.out.mentions, ownOutlet, entries });
  const applyMs = now() - applyStart;
  total.busyMs += applyMs;
  total.longestMs = Math.max(total.longestMs, applyMs);
  benchMeasure('highlight', start, { busyMs: mapped.busyMs + applyMs, ranges: entries.filter((e) => e.range).length, emitMs: applyMs });
  benchMeasure('scan', t0, { busyMs: total.busyMs, slices: total.slices, longestMs: total.longestMs, claims: entries.length });
  return total.busyMs;
}
