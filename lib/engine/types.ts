/**
 * The claim engine's vocabulary: what a claim is, what the reference set holds,
 * and what a check returns. Plain data, shared by Node (the `check` command,
 * tests) and the extension's contexts.
 */
import type { LaunchData } from './launches';

/** Kinds of fact the engine reads. The names are part of the public interface. */
export const CLAIM_KINDS = [
  'distance',
  'altitude',
  'speed',
  'date',
  'weekday',
  'time',
  'missile-type',
  'launch-site',
  'impact-area',
  'previous-launch',
  'troops',
  'casualties',
  'inauguration',
  'official',
  'quote',
  'reaction',
] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Kilometres for distance/altitude, a Mach number for speed, a count for troops and casualties. */
export type NumericKind = 'distance' | 'altitude' | 'speed' | 'troops' | 'casualties';

/** A claim's normalised value: a number for measures and counts, a string otherwise. */
export type ClaimValue = number | string;

/** Who a text says stated a fact. `camp` decides what it may be compared with. */
export interface Attribution {
  /** Stable id of the source, e.g. `south-korea-military`. */
  id: string;
  /** Display name, e.g. "South Korea's Joint Chiefs of Staff". */
  name: string;
  /** North Korea's own claims are compared only with what outlets report North Korea claimed. */
  camp: 'north-korea' | 'observers';
  /**
   * Set when no source stands in the claim's own sentence and the camp was
   * carried from the paragraph ("KCNA said …" then "the missile flew …"):
   * the comparison then asks both camps before it judges.
   */
  carried?: boolean;
}

export interface Claim {
  kind: ClaimKind;
  /** The exact words, `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  value: ClaimValue;
  /** A hedge as written: "about", "more than", "up to", "nearly"; null when the figure is bare. */
  qualifier: string | null;
  attribution: Attribution | null;
  /** The sentence the claim stands in, trimmed. */
  sentence: string;
  /** Offsets of that sentence in the input. */
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * Extra facts the comparison needs: the precision a figure was written in,
   * a bracketed conversion, the speaker of a quote, the office of an official.
   */
  detail?: ClaimDetail;
}

export interface ClaimDetail {
  /** Half-width of the rounding the writer used, in the claim's normalised unit. */
  tolerance?: number;
  /** Unit the figure was written in (`km`, `mi`, `mach`, `times-sound`). */
  unit?: string;
  /** For `official`: the office, e.g. `south-korea/foreign-minister`. */
  office?: string;
  /** For `quote`: who the text says spoke. */
  speaker?: string;
  /** For a weekday the reference infers from an outlet's date: that date. */
  derivedFrom?: string;
  /** For `time`: the span of minutes after midnight the value covers. */
  minutes?: [number, number];
}

/** A claim found in one seed article, kept in the reference set. */
export interface ReferenceClaim {
  outlet: string;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  value: ClaimValue;
  qualifier: string | null;
  attribution: Attribution | null;
  quote: string;
  detail?: ClaimDetail;
}

export interface Outlet {
  id: string;
  name: string;
  /** The name as a list or a badge shows it ("DW"). */
  short?: string;
  url: string | null;
  date: string;
  headline: string;
  file: string;
}

/**
 * A reference set: self-contained, so any event's set can be loaded beside
 * the bundled one. Its event's data (launches.ts: the event, its neighbouring
 * launches, office terms, anchors) travels with its outlets' claims.
 */
export interface ReferenceSet extends LaunchData {
  /** The format's version. */
  version: 2;
  /** SHA-256 of the set's content (everything else in it), written by the builder: the same hash is the same set. */
  hash: string;
  outlets: Outlet[];
  claims: ReferenceClaim[];
  /** Each outlet's article fingerprint (fingerprint.ts), to recognise a copy of it anywhere. */
  fingerprints?: Record<string, number[]>;
  /**
   * At run time only, never in a file: other events' sets loaded beside this
   * one (the extension's imported sets). `check` then reads each passage
   * against the event it speaks of (check-all.ts).
   */
  imported?: ReferenceSet[];
}

export type Stance = 'agree' | 'differ';
export type Verdict = 'supported' | 'disputed' | 'contradicted' | 'unverified';

/** How many outlets that state the fact agree with a claim, and how many differ. */
export interface Counts {
  agree: number;
  differ: number;
}

export interface OutletStance {
  outlet: string;
  stance: Stance;
  value: ClaimValue;
  quote: string;
  /** Who the outlet says gave the figure, by display name. */
  attribution: string | null;
  /** Set when the outlet does not state the value but it follows from what it states. */
  inferred?: string;
}

/** The fields every form of a claim shares, in the documented order. */
export type ClaimCore = Pick<Claim, 'kind' | 'text' | 'start' | 'end' | 'value' | 'qualifier'>;

/** A claim's shared fields, copied in the documented order (JSON output keeps it). */
export function claimCore(c: ClaimCore): ClaimCore {
  return { kind: c.kind, text: c.text, start: c.start, end: c.end, value: c.value, qualifier: c.qualifier };
}

export interface CheckedClaim {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  value: ClaimValue;
  qualifier: string | null;
  attribution: string | null;
  verdict: Verdict;
  /** Of the outlets that state this fact: how many agree, how many differ. */
  counts: Counts;
  outlets: OutletStance[];
  notes: string[];
  /** The event (its id) the claim was checked against, when several sets were (check-all.ts). */
  event?: string;
}

export interface CheckResult {
  relevant: boolean;
  /** The launch the text is mainly about (its id, `YYYY-MM-DD`), or null when it names none. */
  about: string | null;
  /** Other launches the text speaks of, by id, in order of first mention. */
  mentions: string[];
  claims: CheckedClaim[];
}
