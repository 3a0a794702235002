/**
 * The texts `npm run bench` times, built deterministically: a dense article
 * about the launch (claims among relevant-looking noise), an unrelated text
 * that never names North Korea, and one that names it once. Shared with the
 * profiling script so both read the same words.
 */

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
export function build(seed: number, target: number, mix: { pool: typeof CLAIMS; weight: number }[], lead = ''): string {
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

/** The bench's three cases at `target` characters each. */
export function benchCases(target: number): { name: string; text: string }[] {
  return [
  {
    name: 'launch article',
    text: build(1, target, [
      { pool: CLAIMS, weight: 1 },
      { pool: NOISE, weight: 2 },
    ], 'North Korea fires missile as Blinken visits Seoul\n\n'),
  },
  { name: 'unrelated (no N. Korea)', text: build(2, target, [{ pool: UNRELATED, weight: 1 }]) },
  {
    name: 'unrelated, names N. Korea',
    text: build(3, target, [{ pool: UNRELATED, weight: 1 }], 'Unlike the missiles North Korea has tested, these records were set in peace.\n\n'),
  },
];
}
