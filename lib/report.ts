/**
 * Reports a check for people: plain text for the `check` command and
 * Markdown for the extension's "Copy report". Both list claims by verdict,
 * worst first, with each outlet's stance, value and quote.
 */
import { display } from './engine/compare';
import { formatDate } from './engine/dates';
import { EVENT_ID } from './engine/launches';
import { claimCore, type CheckResult, type CheckedClaim, type ReferenceSet, type Verdict } from './engine/types';

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

function describe(c: CheckedClaim): string {
  const parts = [display(c.kind, c.value)];
  if (c.qualifier) parts.unshift(c.qualifier);
  if (c.attribution) parts.push(`according to ${c.attribution}`);
  return parts.join(' ');
}

/**
 * The `check` command's JSON shape, `{ relevant, claims }`, from any result
 * whose claims may carry extra fields (the sentence, an id): only the
 * documented fields are kept, in the documented order.
 */
export function checkJson(result: { relevant: boolean; about?: string | null; mentions?: string[]; claims: CheckedClaim[] }): CheckResult {
  return {
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

/** Plain text, one claim a paragraph, for a terminal. `lineOf` gives a claim's line in the input. */
export function textReport(result: CheckResult, reference: ReferenceSet, lineOf: (offset: number) => number): string {
  const about = aboutLine('This text', result.relevant, result.about, result.mentions, checkedEvents(reference));
  const lines = [`Crosscheck: ${summary(result, checkedEvents(reference))}`, ...(about ? [about] : [])];
  for (const c of ordered(result.claims)) {
    lines.push('', `${VERDICT_LABEL[c.verdict].toUpperCase()}  ${c.kind}  "${c.text}"  (line ${lineOf(c.start)})`, `  reads as: ${describe(c)}`, ...(c.event ? [`  checked against: ${eventTitle(reference, c.event)}`] : []), `  ${agreementLine(c)}`);
    if (c.outlets.length === 0) lines.push('  no outlet in the reference set states this');
    for (const o of c.outlets) {
      lines.push(`  ${o.stance === 'agree' ? 'agrees' : 'differs'}: ${outletName(reference, o.outlet)}: ${display(c.kind, o.value)}${o.attribution ? ` (according to ${o.attribution})` : ''}${o.inferred ? ` (${o.inferred})` : ''}`);
      lines.push(`      "${o.quote}"`);
    }
    for (const n of c.notes) lines.push(`  note: ${n}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown a fact-checker can paste into a document or a ticket. */
export function markdownReport(result: { relevant: boolean; about?: string | null; mentions?: string[]; claims: CheckedClaim[] }, reference: ReferenceSet, title: string): string {
  const about = aboutLine('This text', result.relevant, result.about, result.mentions, checkedEvents(reference));
  const lines = [`# Crosscheck report: ${title}`, '', summary(result, checkedEvents(reference)), ...(about ? ['', about] : [])];
  for (const v of VERDICT_ORDER) {
    const group = ordered(result.claims).filter((c) => c.verdict === v);
    if (group.length === 0) continue;
    lines.push('', `## ${VERDICT_LABEL[v]} (${group.length})`);
    for (const c of group) {
      lines.push('', `- **${c.kind}**: “${c.text}” (${describe(c)}). ${agreementLine(c)}`);
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

/** "4 of 5 outlets agree" and who differs, with their figures: the answer first. */
export function agreementLine(c: CheckedClaim): string {
  const n = c.counts.agree + c.counts.differ;
  if (n === 0) return 'No outlet states this.';
  // Who differs, grouped by the value they give: "1,100 km (dw, iria, …); 500 km (sunford-express)".
  const byValue = new Map<string, string[]>();
  for (const o of c.outlets.filter((x) => x.stance === 'differ')) {
    const v = display(c.kind, o.value);
    byValue.set(v, [...(byValue.get(v) ?? []), o.outlet]);
  }
  const differing = [...byValue].map(([v, outlets]) => `${v} (${outlets.join(', ')})`);
  return `${c.counts.agree} of ${n} outlet${n === 1 ? '' : 's'} agree${n === 1 && c.counts.agree === 1 ? 's' : ''}${differing.length ? `; ${differing.length === 1 && byValue.values().next().value!.length === 1 ? 'differs' : 'differ'}: ${differing.join('; ')}` : ''}.`;
}
