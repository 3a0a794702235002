/**
 * `npm run fuzz [-- --runs N]`: the engine under fast-check with many
 * generated hostile inputs (100,000 by default, shared among every generator
 * in tests/support/arbitraries.ts, plus megabyte-long lines). Fails on any
 * exception, a claim whose offsets do not quote the input, or a figure read
 * from inside a longer numeral; prints the worst
 * time per 10 KB of input per generator, so a regular expression that
 * backtracks shows up as a number.
 */
import fc from 'fast-check';
import { check } from '../lib/engine/check';
import { bundledReference } from '../lib/reference/bundled';
import { GENERATORS, LONG_GENERATORS } from '../tests/support/arbitraries';
import { cutFromNumeral } from '../tests/support/invariants';

/** Kinds whose value is a figure read from a numeral. */
const NUMERIC = new Set(['distance', 'altitude', 'speed', 'troops', 'casualties']);
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 100_000;
const loaded = bundledReference();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.reference;

let worstPer10k = 0;
let worstInput = '';
let total = 0;
let chars = 0;
let inputs = 0;
const started = performance.now();
/** Worst ms per 10 KB for the generator running now. */
let genWorst = 0;

function probe(text: string): boolean {
  const t0 = performance.now();
  const result = check(text, reference);
  let ms = performance.now() - t0;
  if (ms > 2) {
    // A slow first run is often a one-off (a pattern compiled, a name looked up
    // for the first time); a second run tells that from real backtracking.
    const t1 = performance.now();
    check(text, reference);
    ms = Math.min(ms, performance.now() - t1);
  }
  inputs++;
  total += ms;
  chars += text.length;
  const per10k = (ms * 10_000) / Math.max(text.length, 1_000);
  genWorst = Math.max(genWorst, per10k);
  if (per10k > worstPer10k) {
    worstPer10k = per10k;
    worstInput = text.slice(0, 80);
  }
  return result.claims.every(
    (c) => c.start >= 0 && c.end <= text.length && c.start < c.end && text.slice(c.start, c.end) === c.text && !(NUMERIC.has(c.kind) && cutFromNumeral(text, c.start, c.end)),
  );
}

// Warm up (JIT, gazetteers) so the first input's cost is not counted as the worst.
for (let i = 0; i < 50; i++) check(`North Korea fired a missile on January 6, 2025; it flew ${i} km near Pyongyang.`, reference);

const entries = Object.entries(GENERATORS);
const per = Math.floor(runs / entries.length);
for (const [i, [name, gen]] of entries.entries()) {
  genWorst = 0;
  fc.assert(fc.property(gen, probe), { numRuns: i === entries.length - 1 ? runs - per * (entries.length - 1) : per });
  console.log(`fuzz: ${name}: worst ${genWorst.toFixed(2)} ms per 10 KB`);
}
// Megabyte-long lines, a few of each shape.
for (const [name, gen] of Object.entries(LONG_GENERATORS(1_000_000))) {
  genWorst = 0;
  fc.assert(fc.property(gen, probe), { numRuns: 10 });
  console.log(`fuzz: ${name} (1 MB lines): worst ${genWorst.toFixed(2)} ms per 10 KB`);
}

const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${inputs} inputs (${(chars / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s, no exception, every claim quotes its input, no figure cut from a longer numeral`);
console.log(`fuzz: mean ${((total * 10_000) / chars).toFixed(3)} ms per 10 KB; worst ${worstPer10k.toFixed(2)} ms per 10 KB (inputs under 1 KB counted as 1 KB), on ${JSON.stringify(worstInput)}`);
