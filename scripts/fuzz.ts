/**
 * `npm run fuzz [-- --runs N]`: the engine under fast-check with many
 * generated hostile inputs (100,000 by default). Fails on any exception or a
 * claim whose offsets do not quote the input; prints the worst time per 10 KB
 * of input, so a regular expression that backtracks shows up as a number.
 */
import fc from 'fast-check';
import { check } from '../lib/engine/check';
import { bundledReference } from '../lib/reference/bundled';
import { articleLike, hostileText, longRun } from '../tests/support/arbitraries';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 100_000;
const loaded = bundledReference();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.reference;

let worstPer10k = 0;
let worstInput = '';
let total = 0;
let chars = 0;
const started = performance.now();

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
  total += ms;
  chars += text.length;
  const per10k = (ms * 10_000) / Math.max(text.length, 1_000);
  if (per10k > worstPer10k) {
    worstPer10k = per10k;
    worstInput = text.slice(0, 80);
  }
  return result.claims.every((c) => c.start >= 0 && c.end <= text.length && c.start < c.end && text.slice(c.start, c.end) === c.text);
}

// Warm up (JIT, gazetteers) so the first input's cost is not counted as the worst.
for (let i = 0; i < 50; i++) check(`North Korea fired a missile on January 6, 2025; it flew ${i} km near Pyongyang.`, reference);

const half = Math.floor(runs / 2);
fc.assert(fc.property(articleLike(300), probe), { numRuns: half });
fc.assert(fc.property(hostileText(300), probe), { numRuns: runs - half });
// Megabyte-long lines, a few of each shape.
fc.assert(fc.property(longRun(1_000_000), probe), { numRuns: 20 });

const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${runs + 20} inputs (${(chars / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s, no exception, every claim quotes its input`);
console.log(`fuzz: mean ${((total * 10_000) / chars).toFixed(3)} ms per 10 KB; worst ${worstPer10k.toFixed(2)} ms per 10 KB (inputs under 1 KB counted as 1 KB), on ${JSON.stringify(worstInput)}`);
