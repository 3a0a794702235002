/**
 * Builds a reference set from an event file and its outlets' articles:
 * every outlet's claims about the event, with its quote, offsets and
 * attribution, in a fixed order so the JSON is byte-for-byte stable, and the
 * event's data, so the set is self-contained. Overrides (reviewed
 * corrections with reasons) are applied last; the hash is of all the rest.
 */
import { createHash } from 'node:crypto';
import { extractSteps } from '../engine/extract';
import { fingerprintSteps } from '../engine/fingerprint';
import { inEvent } from '../engine/launches';
import { runToEnd } from '../engine/steps';
import type { Block } from '../engine/text';
import { claimCore, type Outlet, type ReferenceClaim, type ReferenceSet } from '../engine/types';
import type { EventFile } from './event-file';

export interface Override {
  outlet: string;
  /** Drop the claim of this kind whose text is this, in this outlet. */
  remove: { kind: string; text: string };
  reason: string;
}

/** An outlet's article as read from its file: the text (HTML reduced to its readable text) and, for HTML, its blocks. */
export interface Article {
  file: string;
  text: string;
  blocks?: Block[];
}

/**
 * The reference set of `event` from each outlet's article (`articles` by
 * outlet id). Throws when an article is not recognised as about the event.
 */
export function buildReference(event: EventFile, articles: Map<string, Article>, overrides: Override[] = []): ReferenceSet {
  const claims: ReferenceClaim[] = [];
  const fingerprints: Record<string, number[]> = {};
  const outlets: Outlet[] = [];
  for (const o of event.outlets) {
    const article = articles.get(o.id);
    if (!article) throw new Error(`outlet ${o.id} has no article`);
    outlets.push({ id: o.id, name: o.name, short: o.short ?? o.name, url: o.url ?? null, date: o.date ?? '', headline: o.headline ?? '', file: article.file });
    const { text } = article;
    fingerprints[o.id] = runToEnd(fingerprintSteps(text));
    const found = runToEnd(inEvent(event, extractSteps(text, { readQuoted: true, ...(article.blocks ? { blocks: article.blocks } : {}) })));
    if (!found.relevant || found.about !== event.event.id) throw new Error(`${article.file} (${o.id}) was not recognised as about the event of ${event.event.date} (read as about ${found.about ?? 'no launch'}).`);
    for (const c of found.claims) {
      if (overrides.some((x) => x.outlet === o.id && x.remove.kind === c.kind && x.remove.text === c.text)) continue;
      claims.push({
        outlet: o.id,
        ...claimCore(c),
        attribution: c.attribution,
        quote: c.sentence,
        ...(c.detail ? { detail: c.detail } : {}),
      });
    }
  }
  const content = {
    event: event.event,
    outlets,
    launches: event.launches,
    offices: event.offices,
    classRanges: event.classRanges,
    anchors: event.anchors,
    ...(event.inauguration ? { inauguration: event.inauguration } : {}),
    ...(event.americas ? { americas: event.americas } : {}),
    claims,
    fingerprints,
  };
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return { version: 2, hash, ...content };
}

/** The reference set as it is written to disk. */
export function serialise(reference: ReferenceSet): string {
  return `${JSON.stringify(reference, null, 2)}\n`;
}
