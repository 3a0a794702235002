/**
 * Sends the frame's results to the background (`page-result`,
 * lib/messages.ts), which stores them for the popup, side panel and badge.
 * Pages that were never about the launch never wake the background; a
 * result identical to the last one sent is not sent again (no wake-up, no
 * storage write). At most MAX_CLAIMS claims are carried, with the total.
 */
import { MAX_CLAIMS, type HighlightState, type TabResult } from '../messages';
import type { ScanState } from './scanner';

export interface PublishInput {
  state: ScanState;
  paused: boolean;
  highlights: HighlightState;
}

/** The result a frame reports (its `scannedAt` is `now`). */
export function tabResult(win: Window, doc: Document, { state, paused, highlights }: PublishInput, now: number): TabResult {
  return {
    url: win.location.href,
    title: doc.title,
    relevant: state.relevant,
    about: state.about,
    mentions: state.mentions,
    claims: paused ? [] : state.entries.slice(0, MAX_CLAIMS).map((e) => e.claim),
    ...(!paused && state.entries.length > MAX_CLAIMS ? { total: state.entries.length } : {}),
    highlights,
    paused,
    ownOutlet: state.ownOutlet,
    scannedAt: now,
  };
}

/** A publisher for this frame; `send` delivers a result (and swallows an orphaned script's failure). */
export function createPublisher(win: Window, doc: Document, send: (result: TabResult) => void): (input: PublishInput) => void {
  let reported = false;
  let lastSent = '';
  return (input) => {
    if (!input.state.relevant && !reported && !input.paused) return;
    reported = true;
    const result = tabResult(win, doc, input, Date.now());
    const key = JSON.stringify({ ...result, scannedAt: 0 });
    if (key === lastSent) return;
    lastSent = key;
    send(result);
  };
}
