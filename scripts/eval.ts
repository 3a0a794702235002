/**
 * `npm run eval`: measures the claim engine against the golden fixtures in
 * tests/fixtures/ (articles written by hand, each beside NAME.expected.json
 * holding what a careful fact-checker says the text claims, and the verdict
 * the five seeds give). A found claim matches an expected one of the same
 * kind when their values are equal or their words overlap in the text
 * (one-to-one; both together beat either alone, then the nearest wins).
 * Prints precision and recall per kind and overall, value and verdict
 * accuracy on matched claims, relevance per fixture, expected consistency
 * notes, and every miss, false positive and forbidden claim. It reports
 * numbers and never fails on low scores; tests/unit/golden.test.ts sets floors.
 *
 * Expected file: { relevant, about?, outlet?, claims: [{ kind, text, value,
 * verdict?, near?, noted?, camp? }], mustNot?: [{ kind, value? }] }. `near` is
 * a longer snippet that pins which occurrence of `text` is meant; `noted` says
 * the claim should carry an internal-consistency note; `camp` whose claim it
 * is; `about` the launch the story is mainly about; `outlet` the seed outlet
 * the text is a copy of; `mustNot` lists claims that must never be found
 * (another launch's figures, a report's weekday).
 *
 * Fixtures in tests/fixtures/held-out/ were written before the engine was
 * changed for them and are never tuned on: their scores are printed apart,
 * and their misses only with --show-held-out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlReadable } from '../lib/cli/check-command';
import { check, type CheckOutcome, type CheckedWithSource } from '../lib/engine/check';
import type { Block } from '../lib/engine/text';
import type { ClaimValue, ReferenceSet } from '../lib/engine/types';
import { bundledReference } from '../lib/reference/bundled';
import { EVENT_ID } from '../lib/engine/launches';

export const FIXTURES = join(import.meta.dirname, '../tests/fixtures');
export const HELD_OUT = join(FIXTURES, 'held-out');
/** Kinds of the key figures a story states: what the launch was, when, where, how far, fast and high. */
export const KEY_KINDS = new Set(['distance', 'altitude', 'speed', 'date', 'weekday', 'time', 'missile-type', 'launch-site', 'impact-area', 'previous-launch']);
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html']);

export interface ExpectedClaim {
  kind: string;
  text: string;
  value: ClaimValue;
  verdict?: string;
  near?: string;
  noted?: boolean;
  camp?: 'north-korea' | 'observers';
}

export interface Expected {
  relevant: boolean;
  /** The launch the story is mainly about (`YYYY-MM-DD`), or null. */
  about?: string | null;
  /** The seed outlet the text is a copy of. */
  outlet?: string;
  claims: ExpectedClaim[];
  mustNot?: { kind: string; value?: ClaimValue }[];
}

export interface Fixture {
  name: string;
  file: string;
  /** The text the engine checks (for HTML, the readable text). */
  text: string;
  blocks?: Block[];
  expected: Expected;
  heldOut: boolean;
}

export interface Match {
  expected: ExpectedClaim;
  found: CheckedWithSource;
}

export interface FixtureResult {
  fixture: Fixture;
  relevant: boolean;
  /** The launch the engine says the story is about (undefined from engines that do not say). */
  about: string | null | undefined;
  found: CheckedWithSource[];
  matches: Match[];
  misses: ExpectedClaim[];
  falsePositives: CheckedWithSource[];
  forbidden: CheckedWithSource[];
  /** Expected texts that could not be located in the fixture (a fixture error). */
  unlocated: ExpectedClaim[];
}

export interface KindScore {
  kind: string;
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface Summary {
  fixtures: FixtureResult[];
  kinds: KindScore[];
  overall: KindScore;
  relevance: { correct: number; total: number };
  values: { correct: number; total: number };
  verdicts: { correct: number; total: number };
  notes: { correct: number; total: number };
  trust: Trust;
}

/** The figures the trust issue is judged by. */
export interface Trust {
  fixtures: number;
  keyRecall: number;
  keyExpected: number;
  keyMatched: number;
  precision: number;
  found: number;
  matched: number;
  falseContradicted: number;
  falseDisputed: number;
  otherLaunchStories: number;
  otherLaunchTaken: number;
  /** Names of the stories about other launches that were compared as this one. */
  taken: string[];
}

/** A story about another launch was compared as this one: the engine says so, or it reported a claim no one expects there. */
export function takenForThisOne(r: FixtureResult, event = EVENT_ID): boolean {
  return r.about === event || r.forbidden.length > 0 || r.falsePositives.length > 0;
}

export function trust(results: FixtureResult[]): Trust {
  const keyExpected = results.flatMap((r) => r.fixture.expected.claims.filter((c) => KEY_KINDS.has(c.kind))).length;
  const keyMatched = results.flatMap((r) => r.matches.filter((m) => KEY_KINDS.has(m.expected.kind))).length;
  const found = results.reduce((n, r) => n + r.found.length, 0);
  const matched = results.reduce((n, r) => n + r.matches.length, 0);
  const falseOf = (verdict: string) =>
    results.reduce(
      (n, r) =>
        n +
        r.falsePositives.filter((c) => c.verdict === verdict).length +
        r.matches.filter((m) => m.found.verdict === verdict && m.expected.verdict !== undefined && m.expected.verdict !== verdict).length,
      0,
    );
  const others = results.filter((r) => r.fixture.expected.about && r.fixture.expected.about !== EVENT_ID);
  const taken = others.filter((r) => takenForThisOne(r)).map((r) => r.fixture.file);
  return {
    fixtures: results.length,
    keyRecall: ratio(keyMatched, keyExpected),
    keyExpected,
    keyMatched,
    precision: ratio(matched, found),
    found,
    matched,
    falseContradicted: falseOf('contradicted'),
    falseDisputed: falseOf('disputed'),
    otherLaunchStories: others.length,
    otherLaunchTaken: taken.length,
    taken,
  };
}

export function loadFixtures(dir = FIXTURES, heldOut = dir === HELD_OUT): Fixture[] {
  const own = readdirSync(dir)
    .filter((f) => ARTICLE_EXTENSIONS.has(extname(f)) && existsSync(join(dir, `${basename(f, extname(f))}.expected.json`)))
    .sort()
    .map((file): Fixture => {
      const name = basename(file, extname(file));
      const raw = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      const shown = heldOut ? `held-out/${file}` : file;
      if (extname(file) === '.html') {
        const page = htmlReadable(raw);
        return { name, file: shown, text: page.text, blocks: page.blocks, expected, heldOut };
      }
      return { name, file: shown, text: raw, expected, heldOut };
    });
  const nested = dir === FIXTURES && existsSync(HELD_OUT) ? loadFixtures(HELD_OUT, true) : [];
  return [...own, ...nested];
}

export function sameValue(a: ClaimValue, b: ClaimValue): boolean {
  // A converted figure is shown rounded (680 miles is 1,094 km, not 1,094.35).
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 0.001);
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

/** Where each expected claim's words stand in the text: `near` pins the occurrence, else the next unused one. */
function locate(text: string, claims: ExpectedClaim[]): ([number, number] | null)[] {
  const nextFrom = new Map<string, number>();
  return claims.map((c) => {
    if (c.near) {
      const at = text.indexOf(c.near);
      const inner = at < 0 ? -1 : c.near.indexOf(c.text);
      return at < 0 || inner < 0 ? null : [at + inner, at + inner + c.text.length];
    }
    const at = text.indexOf(c.text, nextFrom.get(c.text) ?? 0);
    const first = at >= 0 ? at : text.indexOf(c.text);
    if (first < 0) return null;
    nextFrom.set(c.text, first + 1);
    return [first, first + c.text.length];
  });
}

export function evaluateFixture(fixture: Fixture, reference: ReferenceSet): FixtureResult {
  const result = check(fixture.text, reference, fixture.blocks ? { blocks: fixture.blocks } : {}) as CheckOutcome;
  // An engine from before consensus verdicts said `mixed` where the badge now says `disputed`.
  const found = result.claims.map((c) => ((c.verdict as string) === 'mixed' ? { ...c, verdict: 'disputed' as const } : c));
  const expected = fixture.expected.claims;
  const spans = locate(fixture.text, expected);

  // Every admissible pair, best first: value and words, then words, then value; nearer first.
  const pairs: { e: number; f: number; score: number; distance: number }[] = [];
  expected.forEach((exp, e) => {
    const span = spans[e];
    found.forEach((got, f) => {
      if (got.kind !== exp.kind) return;
      const overlap = span !== null && span !== undefined && got.start < span[1] && span[0] < got.end;
      const value = sameValue(got.value, exp.value);
      if (!overlap && !value) return;
      const distance = span ? Math.abs(got.start - span[0]) : Number.MAX_SAFE_INTEGER;
      pairs.push({ e, f, score: (overlap ? 2 : 0) + (value ? 1 : 0), distance });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const usedE = new Set<number>();
  const usedF = new Set<number>();
  const matches: Match[] = [];
  for (const p of pairs) {
    if (usedE.has(p.e) || usedF.has(p.f)) continue;
    usedE.add(p.e);
    usedF.add(p.f);
    matches.push({ expected: expected[p.e]!, found: found[p.f]! });
  }
  const forbidden = found.filter((c) => (fixture.expected.mustNot ?? []).some((m) => m.kind === c.kind && (m.value === undefined || sameValue(m.value, c.value))));
  return {
    fixture,
    relevant: result.relevant,
    about: result.about,
    found,
    matches,
    misses: expected.filter((_, i) => !usedE.has(i)),
    falsePositives: found.filter((_, i) => !usedF.has(i)),
    forbidden,
    unlocated: expected.filter((_, i) => spans[i] === null),
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

function score(kind: string, expected: number, found: number, matched: number): KindScore {
  return { kind, expected, found, matched, precision: ratio(matched, found), recall: ratio(matched, expected) };
}

export function evaluate(fixtures = loadFixtures(), reference = loadReference()): Summary {
  const results = fixtures.map((f) => evaluateFixture(f, reference));
  const kinds = new Set<string>();
  for (const r of results) {
    for (const c of r.fixture.expected.claims) kinds.add(c.kind);
    for (const c of r.found) kinds.add(c.kind);
  }
  const count = (kind: string | null) => {
    let expected = 0;
    let found = 0;
    let matched = 0;
    for (const r of results) {
      expected += r.fixture.expected.claims.filter((c) => !kind || c.kind === kind).length;
      found += r.found.filter((c) => !kind || c.kind === kind).length;
      matched += r.matches.filter((m) => !kind || m.expected.kind === kind).length;
    }
    return score(kind ?? 'overall', expected, found, matched);
  };
  const matches = results.flatMap((r) => r.matches);
  const withVerdict = matches.filter((m) => m.expected.verdict !== undefined);
  const withNote = matches.filter((m) => m.expected.noted);
  return {
    fixtures: results,
    kinds: [...kinds].sort().map((k) => count(k)),
    overall: count(null),
    relevance: { correct: results.filter((r) => r.relevant === r.fixture.expected.relevant).length, total: results.length },
    values: { correct: matches.filter((m) => sameValue(m.found.value, m.expected.value)).length, total: matches.length },
    verdicts: { correct: withVerdict.filter((m) => m.found.verdict === m.expected.verdict).length, total: withVerdict.length },
    notes: { correct: withNote.filter((m) => m.found.notes.length > 0).length, total: withNote.length },
    trust: trust(results),
  };
}

export function loadReference(): ReferenceSet {
  const loaded = bundledReference();
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.reference;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const fraction = (c: { correct: number; total: number }) => `${c.correct}/${c.total} (${pct(ratio(c.correct, c.total)).trim()})`;
const show = (v: ClaimValue) => JSON.stringify(v);

const trustLines = (title: string, t: Trust) => [
  `${title}: ${t.fixtures} fixtures`,
  `  key-figure recall      ${pct(t.keyRecall).trim()} (${t.keyMatched}/${t.keyExpected})`,
  `  claim precision        ${pct(t.precision).trim()} (${t.matched}/${t.found})`,
  `  false contradicted     ${t.falseContradicted}`,
  `  false disputed         ${t.falseDisputed}`,
  `  other-launch stories taken for this one: ${t.otherLaunchTaken} of ${t.otherLaunchStories}${t.taken.length ? ` (${t.taken.join(', ')})` : ''}`,
];

export function printSummary(s: Summary, showHeldOut = false): void {
  const out: string[] = [];
  const held = s.fixtures.filter((r) => r.fixture.heldOut);
  const tuned = s.fixtures.filter((r) => !r.fixture.heldOut);
  out.push(...trustLines('All fixtures', s.trust), ...trustLines('Held-out fixtures (never tuned on)', trust(held)), ...trustLines('Tuning fixtures', trust(tuned)), '');
  out.push(`Golden fixtures: ${s.fixtures.length} (${FIXTURES})`, '');
  out.push(`${'kind'.padEnd(16)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'matched'.padStart(7)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`);
  for (const k of [...s.kinds, s.overall]) {
    if (k === s.overall) out.push('-'.repeat(60));
    out.push(`${k.kind.padEnd(16)} ${String(k.expected).padStart(8)} ${String(k.found).padStart(6)} ${String(k.matched).padStart(7)} ${pct(k.precision).padStart(9)} ${pct(k.recall)}`);
  }
  out.push('');
  out.push(`relevance          ${fraction(s.relevance)} fixtures right`);
  out.push(`values             ${fraction(s.values)} matched claims with the expected value`);
  out.push(`verdicts           ${fraction(s.verdicts)} matched claims with the expected verdict`);
  out.push(`consistency notes  ${fraction(s.notes)} expected notes present`);
  out.push('', 'Per fixture (relevant expected/got, expected, found, matched):');
  for (const r of s.fixtures) {
    const flag = r.relevant === r.fixture.expected.relevant ? '  ' : '✗ ';
    out.push(`  ${flag}${r.fixture.file.padEnd(28)} ${String(r.fixture.expected.relevant).padEnd(5)}/${String(r.relevant).padEnd(5)}  ${String(r.fixture.expected.claims.length).padStart(3)} ${String(r.found.length).padStart(4)} ${String(r.matches.length).padStart(4)}`);
  }
  const detail = showHeldOut ? s.fixtures : tuned;
  if (!showHeldOut && held.length) out.push('', `(Details below leave out the ${held.length} held-out fixtures; --show-held-out prints them.)`);
  const section = (title: string, lines: string[]) => {
    out.push('', `${title} (${lines.length}):`);
    out.push(...(lines.length ? lines : ['  none']));
  };
  section(
    'Fixture errors: expected words not found in the text',
    detail.flatMap((r) => r.unlocated.map((c) => `  ${r.fixture.file}: ${c.kind} ${JSON.stringify(c.text)}${c.near ? ` near ${JSON.stringify(c.near)}` : ''}`)),
  );
  section('Misses', detail.flatMap((r) => r.misses.map((c) => `  ${r.fixture.file}: ${c.kind} ${JSON.stringify(c.text)} = ${show(c.value)}`)));
  section(
    'False positives',
    detail.flatMap((r) => r.falsePositives.map((c) => `  ${r.fixture.file}: ${c.kind} ${JSON.stringify(c.text)} = ${show(c.value)} (${c.verdict}) in ${JSON.stringify(c.sentence.slice(0, 90))}`)),
  );
  section(
    'Forbidden claims found (another launch, a report date)',
    detail.flatMap((r) => r.forbidden.map((c) => `  ${r.fixture.file}: ${c.kind} ${JSON.stringify(c.text)} = ${show(c.value)}`)),
  );
  section(
    'Wrong values on matched claims',
    detail.flatMap((r) => r.matches.filter((m) => !sameValue(m.found.value, m.expected.value)).map((m) => `  ${r.fixture.file}: ${m.expected.kind} ${JSON.stringify(m.found.text)} = ${show(m.found.value)}, expected ${show(m.expected.value)}`)),
  );
  section(
    'Wrong verdicts on matched claims',
    detail.flatMap((r) =>
      r.matches
        .filter((m) => m.expected.verdict !== undefined && m.found.verdict !== m.expected.verdict)
        .map((m) => `  ${r.fixture.file}: ${m.expected.kind} ${JSON.stringify(m.found.text)} = ${show(m.found.value)}: ${m.found.verdict}, expected ${m.expected.verdict} [${m.found.outlets.map((o) => `${o.outlet} ${o.stance}`).join(', ')}]`),
    ),
  );
  section(
    'Missing consistency notes',
    detail.flatMap((r) => r.matches.filter((m) => m.expected.noted && m.found.notes.length === 0).map((m) => `  ${r.fixture.file}: ${m.expected.kind} ${JSON.stringify(m.found.text)}`)),
  );
  console.log(out.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSummary(evaluate(), process.argv.includes('--show-held-out'));
}
