/**
 * Messages between the extension's contexts: one documented shape per
 * message, a discriminated union on `type`, and a run-time check that every
 * receiver applies before trusting what arrived (a message can come from a
 * stale content script of an older build, or be malformed).
 *
 * Who sends what:
 * - content script → background: `page-result` (a frame's claims after each scan;
 *   the content script runs in every frame, and the background merges the
 *   frames' results into the tab's).
 * - popup / side panel → content script: `reveal-claim` (scroll to a claim and
 *   flash it), sent to the one frame the claim is in.
 * - background → content script: `step-claim` (the next / previous claim
 *   needing attention, from the extension's commands), sent to the tab's top frame.
 *
 * The popup and side panel read results from `storage.session` (see
 * `lib/tab-store.ts`) rather than asking the background, so a stopped MV3
 * service worker never delays them.
 */
import { CLAIM_KINDS, type CheckedClaim, type OutletStance, type Verdict } from './engine/types';

/** Where a claim was found: the page's article, or a draft in an editor on the page. */
export type ClaimSource = 'page' | 'draft';

/** A checked claim as shown in the UI: the engine's result plus a stable id within the tab. */
export interface PageClaim extends CheckedClaim {
  /** `page:<n>` or `draft:<editor>:<n>`; the content script resolves it back to a range. */
  id: string;
  source: ClaimSource;
}

/**
 * In a tab's merged result, a claim found in a frame other than the top one
 * carries its frame in its id: `frame:<frameId>:<id in that frame>`. Top-frame
 * ids are unchanged.
 */
export function claimIdInTab(frameId: number, id: string): string {
  return frameId === 0 ? id : `frame:${frameId}:${id}`;
}

/** The frame a claim of a merged result is in, and its id there. */
export function claimFrame(id: string): { frameId: number; id: string } {
  const m = /^frame:(\d+):(.+)$/.exec(id);
  return m ? { frameId: Number(m[1]), id: m[2]! } : { frameId: 0, id };
}

/** Whether claims are marked in the page. */
export type HighlightState = 'on' | 'off' | 'unsupported';

/** Everything the popup, side panel and badge need about one tab. */
export interface TabResult {
  url: string;
  title: string;
  /** Whether the page (or a draft on it) is about the 6 January 2025 launch. */
  relevant: boolean;
  /** The launch the page is mainly about (`YYYY-MM-DD`), when the engine could tell. */
  about?: string | null;
  /** Other launches the page speaks of. */
  mentions?: string[];
  claims: PageClaim[];
  /** How many claims the page has, when that is more than `claims` carries (MAX_CLAIMS). */
  total?: number;
  highlights: HighlightState;
  /** The user paused Crosscheck on this site; nothing was read. */
  paused: boolean;
  /** The seed outlet the page is, if any (left out of the comparison). */
  ownOutlet: string | null;
  /** Date.now() when the scan finished. */
  scannedAt: number;
}

/** Content script → background: the tab's latest result (replaces the previous one). */
export interface PageResultMessage {
  type: 'page-result';
  result: TabResult;
}

/** Popup / side panel → content script: scroll the page to a claim and flash it. Reply: `RevealReply`. */
export interface RevealClaimMessage {
  type: 'reveal-claim';
  id: string;
}

export interface RevealReply {
  ok: boolean;
}

// --- Commands: stepping through the claims that need attention -------------------------------

/**
 * Background → content script in the tab's top frame (frameId 0), when the
 * reader uses the "next / previous claim needing attention" command: open the
 * card on the next (or previous) contradicted or disputed claim, in page
 * order, wrapping around; when there is none, the page's live region says so.
 * Reply: `StepReply`.
 */
export interface StepClaimMessage {
  type: 'step-claim';
  direction: 'next' | 'previous';
}

export interface StepReply {
  /** A claim's card was opened. */
  ok: boolean;
  /** How many claims on the page need attention. */
  attention: number;
}

export type Message = PageResultMessage | RevealClaimMessage | StepClaimMessage;

const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['supported', 'disputed', 'contradicted', 'unverified']);
const KINDS: ReadonlySet<string> = new Set(CLAIM_KINDS);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isOutletStance(v: unknown): v is OutletStance {
  return (
    isObject(v) &&
    isString(v.outlet) &&
    (v.stance === 'agree' || v.stance === 'differ') &&
    (typeof v.value === 'number' || isString(v.value)) &&
    isString(v.quote) &&
    isNullableString(v.attribution) &&
    (v.inferred === undefined || isString(v.inferred))
  );
}

/** Whether `v` is a well-formed claim as the content script sends it. */
export function isPageClaim(v: unknown): v is PageClaim {
  return (
    isObject(v) &&
    isString(v.id) &&
    (v.source === 'page' || v.source === 'draft') &&
    isString(v.kind) &&
    KINDS.has(v.kind) &&
    isString(v.text) &&
    isCount(v.start) &&
    isCount(v.end) &&
    v.end >= v.start &&
    (typeof v.value === 'number' || isString(v.value)) &&
    isNullableString(v.qualifier) &&
    isNullableString(v.attribution) &&
    isString(v.verdict) &&
    VERDICTS.has(v.verdict) &&
    isObject(v.counts) &&
    isCount(v.counts.agree) &&
    isCount(v.counts.differ) &&
    Array.isArray(v.outlets) &&
    v.outlets.every(isOutletStance) &&
    Array.isArray(v.notes) &&
    v.notes.every(isString)
  );
}

/**
 * Most claims one result carries: a page that makes more (a hostile one) is
 * reported with its first this many, in text order. `storage.session` holds
 * 10 MB for every tab together in Chrome, counted at about three times a
 * value's JSON size (measured: 1,000 claims stored twice, per frame and
 * merged, took 6 MB; 3,000 were refused), and a refused write means nothing is
 * reported. A real article makes well under a hundred claims.
 */
export const MAX_CLAIMS = 500;

/** Whether `v` is a well-formed tab result. */
export function isTabResult(v: unknown): v is TabResult {
  return (
    isObject(v) &&
    isString(v.url) &&
    isString(v.title) &&
    typeof v.relevant === 'boolean' &&
    (v.about === undefined || isNullableString(v.about)) &&
    (v.mentions === undefined || (Array.isArray(v.mentions) && v.mentions.length <= 50 && v.mentions.every(isString))) &&
    Array.isArray(v.claims) &&
    v.claims.length <= MAX_CLAIMS &&
    v.claims.every(isPageClaim) &&
    (v.total === undefined || (Number.isInteger(v.total) && (v.total as number) > v.claims.length)) &&
    (v.highlights === 'on' || v.highlights === 'off' || v.highlights === 'unsupported') &&
    typeof v.paused === 'boolean' &&
    isNullableString(v.ownOutlet) &&
    typeof v.scannedAt === 'number'
  );
}

/**
 * The message, if `v` is one of ours and well formed; otherwise null.
 * Receivers call this first and ignore what it rejects.
 */
export function parseMessage(v: unknown): Message | null {
  if (!isObject(v)) return null;
  switch (v.type) {
    case 'page-result':
      return isTabResult(v.result) ? { type: 'page-result', result: v.result } : null;
    case 'reveal-claim':
      return isString(v.id) && v.id.length < 200 ? { type: 'reveal-claim', id: v.id } : null;
    case 'step-claim':
      return v.direction === 'next' || v.direction === 'previous' ? { type: 'step-claim', direction: v.direction } : null;
    default:
      return null;
  }
}

/** Counts the badge shows: claims that are contradicted or disputed, and the worst of them. */
export function badgeFor(result: TabResult | null): { text: string; color: string } {
  if (!result || result.paused) return { text: '', color: '#666666' };
  const contradicted = result.claims.filter((c) => c.verdict === 'contradicted').length;
  const disputed = result.claims.filter((c) => c.verdict === 'disputed').length;
  const n = contradicted + disputed;
  if (n === 0) return { text: '', color: '#666666' };
  return { text: n > 999 ? '999+' : String(n), color: contradicted > 0 ? '#B3261E' : '#B35C00' };
}
