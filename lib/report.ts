/**
 * Reports a check for people: plain text for the `check` command and
 * Markdown for the extension's "Copy report". Both list claims by verdict,
 * worst first, with each outlet's stance, value and quote. Also the words
 * the reader's view shares with them: plain names for kinds, short outlet
 * names, the answer-first line, and what an export says about itself (the
 * page's address, the time of the check, the reference set's version).
 */
import { display } from './engine/compare';
import { formatDate } from './engine/dates';
import { EVENT_ID } from './engine/launches';
import { claimCore, type CheckResult, type CheckedClaim, type ClaimKind, type OutletStance, type ReferenceSet, type Verdict } from './engine/types';

export const VERDICT_ORDER: Verdict[] = ['contradicted', 'disputed', 'unverified', 'supported'];

export const VERDICT_LABEL: Record<Verdict, string> = {
  contradicted: 'Contradicted',
  disputed: 'Disputed',
  unverified: 'Unverified',
  supported: 'Supported',
};

export function countByVerdict(claims: CheckedClaim[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { contradicted: 0, disputed: 0, unverified: 0, supported: 0 };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

export function outletName(reference: ReferenceSet, id: string): string {
  return reference.outlets.find((o) => o.id === id)?.name ?? id;
}

/**
 * An outlet's name as a tag: its full name up to a dash or a bracket
 * ("DW (Deutsche Welle)" is "DW", "IRIA — International …" is "IRIA",
 * "Wire rewrite (publisher unknown)" is "Wire rewrite").
 */
export function shortOutletName(reference: ReferenceSet, id: string): string {
  const full = outletName(reference, id);
  const short = full.split(/\s+[—–-]\s+|\s*\(/)[0]!.trim();
  return short || full;
}

/** Each kind of claim in plain words, for people (the ids stay in the JSON). */
export const KIND_LABEL: Record<ClaimKind, string> = {
  distance: 'Distance flown',
  altitude: 'Altitude reached',
  speed: 'Top speed',
  date: 'Launch date',
  weekday: 'Day of the launch',
  time: 'Time of the launch (Korea)',
  'missile-type': 'Missile type',
  'launch-site': 'Launch site',
  'impact-area': 'Where it came down',
  'previous-launch': 'Previous launch',
  troops: 'Troops sent',
  casualties: 'Casualties',
  inauguration: 'Inauguration date',
  official: 'Official named',
  quote: 'Quotation',
  reaction: 'Reaction',
};

/** Kinds whose values lie on a line, drawn as a number line in the card. */
export const FIGURE_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['distance', 'altitude', 'speed', 'time']);

/** The ids (dates) of the events a reference set checks against: its own, then those imported beside it. */
export const checkedEvents = (reference: ReferenceSet): string[] => [reference.event.id, ...(reference.imported ?? []).map((r) => r.event.id)];

/** The title of an event a reference set checks against, by id. */
const eventTitle = (reference: ReferenceSet, id: string) => [reference, ...(reference.imported ?? [])].find((r) => r.event.id === id)?.event.title ?? id;

/** The counts line; `events` are the ids (dates) of the launches checked against. */
function summary(result: { relevant: boolean; claims: CheckedClaim[] }, events: string[]): string {
  const dates = events.map(formatDate);
  if (!result.relevant) return `This text is not about North Korea's missile launch of ${dates.join(' or ')}; nothing was checked.`;
  const counts = countByVerdict(result.claims);
  const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return `${result.claims.length} claim${result.claims.length === 1 ? '' : 's'} about the ${dates.join(' and ')} launch${dates.length > 1 ? 'es' : ''}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

const ordered = (claims: CheckedClaim[]) =>
  [...claims].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || a.start - b.start);

/** A claim's value as the text states it, hedge and source included: "about 1,100 km according to Japan". */
function describe(c: CheckedClaim): string {
  const parts = [display(c.kind, c.value)];
  if (c.qualifier) parts.unshift(c.qualifier);
  if (c.attribution) parts.push(`according to ${c.attribution}`);
  return parts.join(' ');
}

/**
 * What an export says about itself: which page (or "pasted text"), when it
 * was checked, and against which reference set.
 */
export interface ExportMeta {
  /** The page's address, or null for pasted text. */
  url: string | null;
  /** ISO 8601 time of the check. */
  checkedAt: string;
  /** `referenceVersion` of the set the claims were compared with. */
  reference: string;
}

export function exportMeta(url: string | null, checkedAt: number | Date, reference: ReferenceSet): ExportMeta {
  return { url, checkedAt: new Date(checkedAt).toISOString(), reference: referenceVersion(reference) };
}

/**
 * The reference set's version as exports name it: its format version and the
 * first 16 hex digits of the SHA-256 the builder wrote over its content
 * (`2-47f698198621a286`): the same for the same data on every machine,
 * different when any claim, outlet or fingerprint changes.
 */
export function referenceVersion(reference: ReferenceSet): string {
  return `${reference.version}-${reference.hash.slice(0, 16)}`;
}

/**
 * The `check` command's JSON shape, `{ relevant, claims }`, from any result
 * whose claims may carry extra fields (the sentence, an id): only the
 * documented fields are kept, in the documented order. With `meta` (the
 * extension's "Download JSON"), `url`, `checkedAt` and `reference` come first.
 */
export function checkJson(result: { relevant: boolean; about?: string | null; mentions?: string[]; claims: CheckedClaim[] }): CheckResult;
export function checkJson(result: { relevant: boolean; about?: string | null; mentions?: string[]; claims: CheckedClaim[] }, meta: ExportMeta): ExportMeta & CheckResult;
export function checkJson(result: { relevant: boolean; about?: string | null; mentions?: string[]; claims: CheckedClaim[] }, meta?: ExportMeta): CheckResult {
  return {
    ...(meta ? { url: meta.url, checkedAt: meta.checkedAt, reference: meta.reference } : {}),
    relevant: result.relevant,
    about: result.about ?? null,
    mentions: result.mentions ?? [],
    claims: result.claims.map((c) => ({
      ...claimCore(c),
      attribution: c.attribution,
      verdict: c.verdict,
      counts: c.counts,
      outlets: c.outlets,
      notes: c.notes,
      // Only when several events' sets were checked: the one this claim was checked against.
      ...(c.event ? { event: c.event } : {}),
    })),
  };
}

/** Plain text, one claim a paragraph, for a terminal. `lineOf` gives a claim's line in the input; `meta`, where and when. */
export function textReport(result: CheckResult, reference: ReferenceSet, lineOf: (offset: number) => number, meta?: ExportMeta): string {
  const events = checkedEvents(reference);
  const about = aboutLine('This text', result.relevant, result.about, result.mentions, events);
  const facts = meta ? [`Text: ${meta.url ?? 'pasted text'} · checked ${meta.checkedAt} · reference set ${meta.reference}`] : [];
  const lines = [`Crosscheck: ${summary(result, events)}`, ...facts, ...(about ? [about] : [])];
  for (const c of ordered(result.claims)) {
    lines.push('', `${VERDICT_LABEL[c.verdict].toUpperCase()}  ${KIND_LABEL[c.kind]}  "${c.text}"  (line ${lineOf(c.start)})`, `  the text says: ${describe(c)}`, ...(c.event ? [`  checked against: ${eventTitle(reference, c.event)}`] : []), `  ${agreementLine(c, reference)}`);
    if (c.outlets.length === 0) lines.push('  no outlet in the reference set states this');
    for (const o of c.outlets) {
      lines.push(`  ${o.stance === 'agree' ? 'agrees' : 'differs'}: ${outletName(reference, o.outlet)}: ${display(c.kind, o.value)}${o.attribution ? ` (according to ${o.attribution})` : ''}${o.inferred ? ` (${o.inferred})` : ''}`);
      lines.push(`      "${o.quote}"`);
    }
    for (const n of c.notes) lines.push(`  note: ${n}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown a fact-checker can paste into a document or a ticket; `meta` adds where, when and against what. */
export function markdownReport(
  result: { relevant: boolean; about?: string | null; mentions?: string[]; claims: CheckedClaim[] },
  reference: ReferenceSet,
  title: string,
  meta?: ExportMeta,
): string {
  const events = checkedEvents(reference);
  const about = aboutLine('This text', result.relevant, result.about, result.mentions, events);
  const facts = meta ? ['', `- Page: ${meta.url ?? 'pasted text'}`, `- Checked: ${meta.checkedAt}`, `- Reference set: ${meta.reference} (${reference.outlets.length} outlets)`] : [];
  const lines = [`# Crosscheck report: ${title}`, ...facts, '', summary(result, events), ...(about ? ['', about] : [])];
  for (const v of VERDICT_ORDER) {
    const group = ordered(result.claims).filter((c) => c.verdict === v);
    if (group.length === 0) continue;
    lines.push('', `## ${VERDICT_LABEL[v]} (${group.length})`);
    for (const c of group) {
      lines.push('', `- **${KIND_LABEL[c.kind]}**: “${c.text}” (${describe(c)}). ${agreementLine(c, reference)}`);
      for (const o of c.outlets) {
        lines.push(`  - ${o.stance === 'agree' ? 'Agrees' : 'Differs'}: ${outletName(reference, o.outlet)}, ${display(c.kind, o.value)}${o.inferred ? ` (${o.inferred})` : ''}: > ${o.quote}`);
      }
      for (const n of c.notes) lines.push(`  - Note: ${n}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Which launch a text is about, in words, when that is not simply this one:
 * "This page is about the 14 January 2025 launch; it mentions this one in
 * passing." Null when the text is about this launch and recalls no other.
 */
export function aboutLine(subject: string, relevant: boolean, about: string | null | undefined, mentions: string[] = [], events: string | string[] = EVENT_ID): string | null {
  const checked = Array.isArray(events) ? events : [events];
  const event = checked[0]!;
  const others = mentions.filter((m) => !checked.includes(m) && m !== about);
  const recalled = others.length ? ` It also recalls the launch${others.length === 1 ? '' : 'es'} of ${others.map(formatDate).join(', ')}.` : '';
  if (about && !checked.includes(about)) {
    return relevant
      ? `${subject} is about the ${formatDate(about)} launch; it mentions this one (${formatDate(event)}) in passing, and only that passage is checked.${recalled}`
      : `${subject} is about the ${formatDate(about)} launch, not the one of ${formatDate(event)}; nothing was checked.${recalled}`;
  }
  return relevant && others.length ? `${recalled.trim()} Passages about ${others.length === 1 ? 'it' : 'them'} are not checked.` : null;
}

/**
 * The answer first, in parts: "4 of 5 outlets agree", and who differs with
 * what ("Sunford Express: 500 km"), outlets giving the same value together.
 * With a reference set the outlets are named by their short names, else by id.
 */
export function answer(c: CheckedClaim, reference?: ReferenceSet): { agreement: string; differing: string[] } {
  const n = c.counts.agree + c.counts.differ;
  if (n === 0) return { agreement: 'No outlet states this', differing: [] };
  const differing = byValue(c, c.outlets.filter((x) => x.stance === 'differ'), (id) => (reference ? shortOutletName(reference, id) : id));
  return {
    agreement: `${c.counts.agree} of ${n} outlet${n === 1 ? '' : 's'} agree${n === 1 && c.counts.agree === 1 ? 's' : ''}`,
    differing: differing.map(([v, outlets]) => `${outlets.join(', ')}: ${v}`),
  };
}

/** Outlets grouped by the value they give, as shown, in order of first appearance: [["1,100 km", ["DW", "IRIA"]], …]. */
export function byValue(c: CheckedClaim, outlets: OutletStance[], name: (id: string) => string): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const o of outlets) {
    const v = display(c.kind, o.value);
    groups.set(v, [...(groups.get(v) ?? []), name(o.outlet)]);
  }
  return [...groups];
}

/** "4 of 5 outlets agree; Sunford Express: 500 km." — the answer first, as one line. */
export function agreementLine(c: CheckedClaim, reference?: ReferenceSet): string {
  const a = answer(c, reference);
  return `${a.agreement}${a.differing.length ? `; ${a.differing.join('; ')}` : ''}.`;
}
