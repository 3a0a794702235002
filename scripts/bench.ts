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
 * linear work gives a ratio near 4, quadratic near 16 (timed as the least
 * CPU time of three runs, which other processes skew less than wall-clock
 * time; throughput is wall-clock, median). The last line,
 * `bench: check-mbps=… check/regex=… worst-4n/n=…`, is the dense launch
 * article's full check in MB/s, its time over one regex scan's, and the
 * worst linearity ratio.
 */
import { check } from '../lib/engine/check';
import { extract } from '../lib/engine/extract';
import { bundledReference } from '../lib/reference/bundled';
import { benchCases } from './bench-texts';

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

/**
 * The least CPU time (this process's, in ms) of `runs` runs after a warm-up:
 * for the linearity ratios, which compare two amounts of work, so other
 * processes on a shared machine do not skew them the way wall-clock time does.
 */
function leastCpu(fn: () => unknown, runs: number): number {
  fn();
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    sink ^= Number(fn()) | 0;
    const c = process.cpuUsage(c0);
    least = Math.min(least, (c.user + c.system) / 1000);
  }
  return least;
}

const mbps = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);
const fmt = (x: number, w = 8, d = 1) => x.toFixed(d).padStart(w);

const cases = benchCases(TARGET);

console.log(`bench: ${MB} MB texts, median of ${RUNS} runs after a warm-up; floor = one charCodeAt loop over the text (regex = one /\\w+/g scan, for context)`);
console.log(`${'case'.padEnd(28)} ${'claims'.padStart(7)} ${'floor MB/s'.padStart(11)} ${'regex MB/s'.padStart(11)} ${'extract MB/s'.padStart(13)} ${'check MB/s'.padStart(11)} ${'extract/floor'.padStart(14)} ${'check/floor'.padStart(12)} ${'check/regex'.padStart(12)}`);
// Let the optimising compiler take the two passes before any is timed.
for (let i = 0; i < 200; i++) sink ^= floorPass(cases[0]!.text.slice(i * 1000, i * 1000 + 20_000)) ^ regexPass(cases[1]!.text.slice(i * 1000, i * 1000 + 20_000));
const ratios: number[] = [];
const speeds: number[] = [];
/** check()/regex time ratio per case; the first case is the dense launch article. */
const overRegex: number[] = [];
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
  overRegex.push(ch / regex);
  console.log(
    `${c.name.padEnd(28)} ${String(claims).padStart(7)} ${fmt(mbps(chars, floor), 11)} ${fmt(mbps(chars, regex), 11)} ${fmt(mbps(chars, ex), 13)} ${fmt(mbps(chars, ch), 11)} ${fmt(ex / floor, 13)}x ${fmt(ch / floor, 11)}x ${fmt(ch / regex, 11)}x`,
  );
}

console.log('');
console.log('linearity: check() on adversarial runs (most without a sentence terminator), n and 4n characters, least CPU time of 3 runs');
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
  const a = leastCpu(() => check(small, reference).claims.length, 3);
  const b = leastCpu(() => check(large, reference).claims.length, 3);
  worst = Math.max(worst, b / a);
  console.log(`  ${JSON.stringify(unit).padEnd(28)} n=${N}: ${fmt(a, 8)} ms  4n: ${fmt(b, 8)} ms  ratio ${fmt(b / a, 5, 2)}${b / a > 8 ? '  <- super-linear' : ''}`);
}
console.log('');
console.log(
  `summary: full check ${speeds.map((v) => `${v.toFixed(1)} MB/s`).join(' / ')} = ${ratios.map((r) => `${r.toFixed(1)}x`).join(' / ')} the floor (launch / unrelated / unrelated naming N. Korea; target 5x); worst 4n/n time ratio ${worst.toFixed(2)} (4 = linear, 16 = quadratic)`,
);
// The one line to compare runs by: the dense launch article's full check, against one regex scan, and the worst linearity ratio.
console.log(`bench: check-mbps=${speeds[0]!.toFixed(1)} check/regex=${overRegex[0]!.toFixed(1)} worst-4n/n=${worst.toFixed(2)}`);
