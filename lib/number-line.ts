/**
 * What the card's number line shows for a figure (distance, altitude,
 * speed, time of day), as plain data the component draws: the page's value
 * and the band of values that counts as agreeing with it, each outlet's
 * value with its own band and stance, and North Korea's claims on their own
 * row. The bands come from the engine's own rule (`interval` in
 * lib/engine/numbers.ts): two figures agree when their intervals meet.
 *
 * A checked claim does not carry the rounding its figure was written with,
 * so the page's band is read again from its words (the numeral's last
 * significant digit, scaled by the unit conversion the engine applied). An
 * outlet's band comes from its claim in the reference set, which keeps it.
 * The marks' stances are the engine's, never recomputed here.
 */
import { NUMBER_SOURCE, interval, parseNumber } from './engine/numbers';
import { display } from './engine/compare';
import type { CheckedClaim, ClaimKind, ReferenceClaim, ReferenceSet } from './engine/types';
import { FIGURE_KINDS, KIND_LABEL, shortOutletName } from './report';

export type Camp = 'observers' | 'north-korea';

export interface LineMark {
  outlet: string;
  /** Short outlet name. */
  name: string;
  value: number;
  /** The values the outlet's figure stands for (its rounding and hedge). */
  band: [number, number];
  /** The engine's stance towards the page's claim, or `other` for the other camp's claims (never compared with it). */
  stance: 'agree' | 'differ' | 'other';
  label: string;
}

export interface LineRow {
  camp: Camp;
  title: string;
  marks: LineMark[];
  /** The page's value sits on the row of the camp it was compared with. */
  page: boolean;
}

export interface NumberLineModel {
  kind: ClaimKind;
  /** The page's value, its band (either end may be open: ±Infinity), and how it reads. */
  page: { value: number; band: [number, number]; label: string };
  rows: LineRow[];
  /** Ends of the axis, including every mark and every finite band end. */
  axis: [number, number];
  /** A value on the axis as a person reads it ("1,100 km", "Mach 12", "09:30"). */
  format: (v: number) => string;
}

const CAMP_TITLE: Record<Camp, string> = { observers: 'Outside observers', 'north-korea': "North Korea's state media" };

const hhmm = (m: number) => {
  const w = ((Math.round(m) % 1440) + 1440) % 1440;
  return `${String(Math.floor(w / 60)).padStart(2, '0')}:${String(w % 60).padStart(2, '0')}`;
};

/** Minutes after midnight of an "HH:MM" value, or null (a part of the day such as "morning"). */
function clockMinutes(v: unknown): number | null {
  const m = typeof v === 'string' ? /^(\d{2}):(\d{2})$/.exec(v) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The rounding of the first numeral in the claim's words, in the claim's unit. */
function pageTolerance(c: CheckedClaim): number {
  const m = new RegExp(NUMBER_SOURCE, 'i').exec(c.text);
  const parsed = m ? parseNumber(m[0]) : null;
  if (!parsed || parsed.value === 0 || typeof c.value !== 'number') return 0;
  return parsed.rounding * (c.value / parsed.value);
}

/** The page's band: the engine's interval for its figure; for a clock time, the minutes the engine allows either side. */
function pageBand(c: CheckedClaim): [number, number] | null {
  if (c.kind === 'time') {
    const m = clockMinutes(c.value);
    if (m === null) return null;
    // As the time extractor reads it: a hedged time is good to half an hour, a time with minutes to five.
    const slack = c.qualifier ? 30 : /\d[:.h]\d\d/.test(c.text) ? 5 : 1;
    return [m - slack, m + slack];
  }
  if (typeof c.value !== 'number') return null;
  return interval(c.value, pageTolerance(c), c.qualifier);
}

function refBand(r: ReferenceClaim): { value: number; band: [number, number] } | null {
  if (r.kind === 'time') {
    const span = r.detail?.minutes;
    if (!span) return null;
    return { value: clockMinutes(r.value) ?? (span[0] + span[1]) / 2, band: [span[0], span[1]] };
  }
  if (typeof r.value !== 'number') return null;
  return { value: r.value, band: interval(r.value, r.detail?.tolerance ?? 0, r.qualifier) };
}

const campOf = (r: ReferenceClaim): Camp => (r.attribution?.camp === 'north-korea' ? 'north-korea' : 'observers');

/** The number line for a claim, or null when its kind is not a figure or its value is not on a line. */
export function numberLine(c: CheckedClaim, reference: ReferenceSet): NumberLineModel | null {
  if (!FIGURE_KINDS.has(c.kind)) return null;
  const band = pageBand(c);
  if (!band) return null;
  const value = c.kind === 'time' ? clockMinutes(c.value)! : (c.value as number);
  const format = c.kind === 'time' ? hhmm : (v: number) => display(c.kind, v);
  const sameKind = reference.claims.filter((r) => r.kind === c.kind && !r.detail?.derivedFrom);

  // The compared camp's marks: the outlets the engine compared, with its stances.
  let pageCamp: Camp = 'observers';
  const compared: LineMark[] = [];
  for (const o of c.outlets) {
    const r = sameKind.find((x) => x.outlet === o.outlet && x.value === o.value && x.quote === o.quote) ?? sameKind.find((x) => x.outlet === o.outlet && x.value === o.value);
    const b = r ? refBand(r) : null;
    if (!r || !b) continue;
    pageCamp = campOf(r);
    compared.push({ outlet: o.outlet, name: shortOutletName(reference, o.outlet), ...b, stance: o.stance, label: String(display(c.kind, o.value)) });
  }
  if (compared.length === 0 && c.attribution && sameKind.some((r) => r.attribution?.camp === 'north-korea' && r.attribution.name === c.attribution)) pageCamp = 'north-korea';

  // The other camp's claims of this kind: shown, never compared with the page's.
  const other: LineMark[] = [];
  for (const r of sameKind) {
    if (campOf(r) === pageCamp) continue;
    const b = refBand(r);
    if (!b || other.some((m) => m.outlet === r.outlet && m.value === b.value)) continue;
    other.push({ outlet: r.outlet, name: shortOutletName(reference, r.outlet), ...b, stance: 'other', label: String(display(r.kind, r.value)) });
  }

  const rows: LineRow[] = [{ camp: pageCamp, title: CAMP_TITLE[pageCamp], marks: compared, page: true }];
  const otherCamp: Camp = pageCamp === 'observers' ? 'north-korea' : 'observers';
  if (other.length) rows.push({ camp: otherCamp, title: CAMP_TITLE[otherCamp], marks: other, page: false });
  if (pageCamp === 'north-korea') rows.reverse();

  const ends = [value, ...band, ...rows.flatMap((r) => r.marks.flatMap((m) => [m.value, ...m.band]))].filter(Number.isFinite);
  let lo = Math.min(...ends);
  let hi = Math.max(...ends);
  const pad = Math.max((hi - lo) * 0.08, Math.abs(value) * 0.05, c.kind === 'time' ? 15 : 0.5);
  lo = c.kind === 'time' ? lo - pad : Math.max(0, lo - pad);
  hi += pad;
  const label = c.kind === 'time' ? hhmm(value) : display(c.kind, value);
  return { kind: c.kind, page: { value, band, label }, rows, axis: [lo, hi], format };
}

/** The number line in words, for screen readers (the SVG's text alternative). */
export function describeNumberLine(m: NumberLineModel): string {
  const [lo, hi] = m.page.band;
  const range =
    hi === Infinity ? `${m.format(lo)} or more` : lo <= 0 || lo === -Infinity ? `up to ${m.format(hi)}` : `${m.format(lo)} to ${m.format(hi)}`;
  const parts = [`${KIND_LABEL[m.kind]} on a line. This page: ${m.page.label}; values from ${range} count as agreeing with it.`];
  for (const row of m.rows) {
    const marks = row.marks.map((x) => `${x.name} ${x.label}${x.stance === 'other' ? '' : x.stance === 'agree' ? ', agrees' : ', differs'}`);
    parts.push(`${row.title}${row.page ? '' : ' (not compared with this page)'}: ${marks.length ? marks.join('; ') : 'no outlet gives this figure'}.`);
  }
  return parts.join(' ');
}
