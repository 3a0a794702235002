/**
 * `npm run bench [-- --mb N --runs N]`: the engine's throughput on large
 * texts, against a floor. Builds (deterministically) a text of several MB
 * about the launch, with claims spread through it and relevant-looking noise
 * (other launches' figures, budgets, addresses, markets), an unrelated text
 * of the same size that never names North Korea, and one that does name it
 * once (so the whole pipeline runs before the text is found irrelevant).
 * Times extract() and the full check() on each, median of several runs after
 * a warm-up, and prints MB/s and the ratio to the floor: one plain pass over
 * the same text, a loop reading every char code (`charCodeAt`) into a sum.
 * For context it also prints one simple regex scan (`/\w+/g`, counting
 * words). Then linearity: each adversarial run (figures, commas, spaces,
 * "Mach", month names, mostly no sentence terminator, and a run of short
 * sentences with reactions) timed at n and 4n characters;
 * linear work gives a ratio near 4, quadratic near 16.
 */
import { check } from '../lib/engine/check';
import { extract } from '../lib/engine/extract';
import { bundledReference } from '../lib/reference/bundled';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = arg('--mb', 4);
const RUNS = arg('--runs', 5);
const TARGET = MB * 1_000_000;

const loaded = bundledReference();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.reference;

/** Small deterministic PRNG (mulberry32), so every run benches the same text. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(xs: readonly T[]) => T;

const CLAIMS: ((p: Pick, n: () => number) => string)[] = [
  (p) => `North Korea fired a ${p(['ballistic', 'intermediate-range ballistic', 'mid-range'])} missile on ${p(['January 6, 2025', '6 January 2025', 'Monday, Jan. 6'])}, South Korea's Joint Chiefs of Staff said.`,
  (p) => `The missile flew ${p(['about', 'some', 'roughly', 'approximately'])} ${p(['1,100 kilometres (685 miles)', '1,100 km', '1100km', '680 miles'])} before landing in ${p(['the Sea of Japan', 'the East Sea', 'waters between the Korean Peninsula and Japan'])}.`,
  (p) => `KCNA said the new hypersonic missile flew ${p(['1,500 km', '1,500 kilometres (930 miles)'])} at ${p(['Mach 12', '12 times the speed of sound', 'twelve times the speed of sound'])}.`,
  (p) => `It was launched from ${p(['near Pyongyang', 'the Pyongyang area', 'the North Korean capital'])} at around noon local time (03:00 GMT), as U.S. Secretary of State Antony Blinken held talks in Seoul.`,
  (p) => `Japan's Defense Ministry said the missile fell ${p(['outside its exclusive economic zone', "outside Japan's EEZ"])}, and South Korean Foreign Minister Cho Tae-yul condemned the launch.`,
  (p) => `It was the first launch since ${p(['November 5', 'Nov. 5', 'November 2024'])}, weeks before Donald Trump takes office on January 20.`,
  (p) => `More than ${p(['10,000 troops', '10,000 soldiers'])} have been sent to Russia, and over 1,000 have been killed or injured, officials said.`,
];

const NOISE: ((p: Pick, n: () => number) => string)[] = [
  (p, n) => `Analysts in Seoul compared it with the 31 October test of a Hwasong-19, which climbed to ${7000 + n() % 90} km and flew for ${80 + (n() % 9)} minutes.`,
  (p, n) => `The defence ministry's budget for ${p(['2024', '2023', 'next year'])} rose ${(n() % 90) / 10 + 1} per cent to ${(n() % 900) + 100},${String(n() % 1000).padStart(3, '0')} billion won.`,
  (p, n) => `Shares in ${p(['Seoul', 'Tokyo', 'Hong Kong'])} ${p(['rose', 'fell', 'were flat'])} ${(n() % 40) / 10}% on ${p(['Monday', 'Tuesday', 'Friday'])}, and the won traded at ${1300 + (n() % 200)}.${n() % 100} per dollar.`,
  (p, n) => `The briefing was held at ${1000 + (n() % 9000)} ${p(['Harbour Road', 'Sejong-daero', 'Yongsan-ro'])}, Suite ${n() % 50}, at ${(n() % 12) + 1}:${String(n() % 60).padStart(2, '0')} a.m. on ${p(['March', 'April', 'September'])} ${(n() % 28) + 1}.`,
  (p, n) => `In ${2010 + (n() % 14)}, a previous test of a ${p(['short-range', 'cruise', 'submarine-launched'])} missile flew ${(n() % 900) + 100} km into the ${p(['Yellow Sea', 'Pacific Ocean', 'East Sea'])}.`,
  (p) => `Officials ${p(['in Washington', 'in Tokyo', 'at the United Nations'])} said they were ${p(['closely watching', 'consulting allies on', 'reviewing'])} the situation and urged restraint from all sides.`,
  (p, n) => `"We will ${p(['respond firmly', 'keep a close watch', 'stand with our allies'])} to every provocation," said ${p(['a spokesperson', 'an official', 'the minister'])} on day ${n() % 365}.`,
];

const UNRELATED: ((p: Pick, n: () => number) => string)[] = [
  (p, n) => `The ${p(['express', 'night', 'coastal'])} train covered ${(n() % 1500) + 100} km in ${(n() % 20) + 2} hours on January ${(n() % 28) + 1}, the operator said.`,
  (p, n) => `A research aircraft reached Mach ${(n() % 12) + 1} over the desert, flying ${(n() % 2000) + 100} kilometres (${(n() % 1200) + 60} miles) downrange.`,
  (p, n) => `Rainfall in ${p(['Perth', 'Lisbon', 'Osaka', 'Lima'])} reached ${(n() % 300) + 1} mm on ${p(['Monday', 'Sunday', 'Tuesday'])}, ${(n() % 90) + 5} per cent above the ${p(['March', 'October'])} average.`,
  (p, n) => `Tickets go on sale at ${(n() % 12) + 1} p.m. on ${p(['6 January', 'Nov. 5', 'October 31'])}, and the venue at ${1000 + (n() % 9000)} Harbour Road holds ${(n() % 90) + 10},000 people.`,
  (p) => `"We have never seen a season like this one," said ${p(['the coach', 'a spokesperson', 'the mayor'])}, who condemned the decision and welcomed the review.`,
];

/** Paragraphs of sentences drawn from the given templates until the text reaches `target` characters. */
function build(seed: number, target: number, mix: { pool: typeof CLAIMS; weight: number }[], lead = ''): string {
  const rnd = prng(seed);
  const p: Pick = (xs) => xs[Math.floor(rnd() * xs.length)]!;
  const n = () => Math.floor(rnd() * 1_000_000);
  const total = mix.reduce((s, m) => s + m.weight, 0);
  const parts: string[] = [lead];
  let length = lead.length;
  while (length < target) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(rnd() * 5);
    for (let i = 0; i < count; i++) {
      let r = rnd() * total;
      const m = mix.find((x) => (r -= x.weight) < 0) ?? mix[0]!;
      sentences.push(p(m.pool)(p, n));
    }
    const para = `${sentences.join(' ')}\n\n`;
    parts.push(para);
    length += para.length;
  }
  // A fresh flat string, so every pass reads the same representation (not a slice of a larger one).
  return Buffer.from(parts.join('').slice(0, target), 'utf8').toString('utf8');
}

/** The floor: one plain pass reading every char code. */
function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** For context: one simple regex scan counting words. */
function regexPass(text: string): number {
  let count = 0;
  const re = /\w+/g;
  while (re.exec(text)) count++;
  return count;
}

/** Results folded into a module variable so the timed work cannot be optimised away. */
export let sink = 0;
/** Median milliseconds over `runs` runs, after one warm-up run. */
function median(fn: () => unknown, runs = RUNS): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn();
    times.push(performance.now() - t0);
    sink ^= typeof r === 'number' ? r : 1;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const mbps = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);
const fmt = (x: number, w = 8, d = 1) => x.toFixed(d).padStart(w);

const cases = [
  {
    name: 'launch article',
    text: build(1, TARGET, [
      { pool: CLAIMS, weight: 1 },
      { pool: NOISE, weight: 2 },
    ], 'North Korea fires missile as Blinken visits Seoul\n\n'),
  },
  { name: 'unrelated (no N. Korea)', text: build(2, TARGET, [{ pool: UNRELATED, weight: 1 }]) },
  {
    name: 'unrelated, names N. Korea',
    text: build(3, TARGET, [{ pool: UNRELATED, weight: 1 }], 'Unlike the missiles North Korea has tested, these records were set in peace.\n\n'),
  },
];

console.log(`bench: ${MB} MB texts, median of ${RUNS} runs after a warm-up; floor = one charCodeAt loop over the text (regex = one /\\w+/g scan, for context)`);
console.log(`${'case'.padEnd(28)} ${'claims'.padStart(7)} ${'floor MB/s'.padStart(11)} ${'regex MB/s'.padStart(11)} ${'extract MB/s'.padStart(13)} ${'check MB/s'.padStart(11)} ${'extract/floor'.padStart(14)} ${'check/floor'.padStart(12)} ${'check/regex'.padStart(12)}`);
// Let the optimising compiler take the two passes before any is timed.
for (let i = 0; i < 200; i++) sink ^= floorPass(cases[0]!.text.slice(i * 1000, i * 1000 + 20_000)) ^ regexPass(cases[1]!.text.slice(i * 1000, i * 1000 + 20_000));
const ratios: number[] = [];
const speeds: number[] = [];
for (const c of cases) {
  const chars = c.text.length;
  // The passes are cheap: more runs steady their medians.
  const floor = median(() => floorPass(c.text), Math.max(RUNS, 21));
  const regex = median(() => regexPass(c.text), Math.max(RUNS, 11));
  let claims = 0;
  const ex = median(() => (claims = extract(c.text).claims.length));
  const ch = median(() => check(c.text, reference).claims.length);
  ratios.push(ch / floor);
  speeds.push(mbps(chars, ch));
  console.log(
    `${c.name.padEnd(28)} ${String(claims).padStart(7)} ${fmt(mbps(chars, floor), 11)} ${fmt(mbps(chars, regex), 11)} ${fmt(mbps(chars, ex), 13)} ${fmt(mbps(chars, ch), 11)} ${fmt(ex / floor, 13)}x ${fmt(ch / floor, 11)}x ${fmt(ch / regex, 11)}x`,
  );
}

console.log('');
console.log('linearity: check() on adversarial runs (most without a sentence terminator), n and 4n characters');
const LEAD = 'North Korea fired a missile on January 6, 2025, as Antony Blinken visited Seoul. ';
const ADVERSARIAL = [
  '1,1,1,1,', '9 9 9 9 ', '1 100 1 100 ', 'Mach Mach 1 ', 'January February 6 ', '1,100 km (1,100 km (', '"about more than nearly ', 'since Nov. 5 since ',
  // Short sentences, each with a reaction: per-claim work must not reach back over the whole text.
  'Seoul condemned the launch. ',
];
const N = arg('--n', 250_000);
let worst = 0;
for (const unit of ADVERSARIAL) {
  const make = (n: number) => (LEAD + unit.repeat(Math.ceil(n / unit.length))).slice(0, n);
  const small = make(N);
  const large = make(4 * N);
  const a = median(() => check(small, reference).claims.length, 3);
  const b = median(() => check(large, reference).claims.length, 3);
  worst = Math.max(worst, b / a);
  console.log(`  ${JSON.stringify(unit).padEnd(28)} n=${N}: ${fmt(a, 8)} ms  4n: ${fmt(b, 8)} ms  ratio ${fmt(b / a, 5, 2)}${b / a > 8 ? '  <- super-linear' : ''}`);
}
console.log('');
console.log(
  `summary: full check ${speeds.map((v) => `${v.toFixed(1)} MB/s`).join(' / ')} = ${ratios.map((r) => `${r.toFixed(1)}x`).join(' / ')} the floor (launch / unrelated / unrelated naming N. Korea; target 5x); worst 4n/n time ratio ${worst.toFixed(2)} (4 = linear, 16 = quadratic)`,
);
