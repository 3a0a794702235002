/**
 * Generated pages for `npm run bench:browser` (scripts/bench-browser.ts):
 * deterministic HTML with a chosen amount of visible text, in two flavours.
 * - relevant: an article about North Korea's 6 January 2025 launch, its
 *   claims (1,100 km, 100 km altitude, Mach 12, around noon, the East Sea)
 *   spread through paragraphs of varied prose without figures;
 * - unrelated: the same amount of text full of numbers and units (a rail
 *   timetable, weather, a council budget, sports) that never names North
 *   Korea or a missile.
 * All text is ASCII without `<` or `&`, and no whitespace sits between tags,
 * so the body's textContent is exactly the headline and paragraphs joined
 * and its length is `textChars`.
 */

export type BenchFlavour = 'relevant' | 'unrelated';

export interface BenchPage {
  html: string;
  /** Characters of visible text (document.body.textContent.length). */
  textChars: number;
  /** Number of <p> elements. */
  paragraphs: number;
}

/** mulberry32: a small seeded PRNG, so every run benches the same pages. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rng {
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
}

function rngOf(seed: number): Rng {
  const r = seeded(seed);
  return {
    pick: (xs) => xs[Math.floor(r() * xs.length)]!,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    chance: (p) => r() < p,
  };
}

type Sentence = (g: Rng) => string;

// ---- relevant: claims about the launch ---------------------------------------------------------

const WEAPON = ['The missile', 'The projectile', 'The ballistic missile', 'The weapon', 'The rocket fired by the North'];
const SOURCE = ['officials in Seoul said', "the Joint Chiefs of Staff said", 'military officials said', 'according to the South Korean military', 'a defence spokesperson told reporters', 'Japanese officials said'];

const CLAIMS: Sentence[] = [
  (g) => `${g.pick(WEAPON)} flew ${g.pick(['about', 'around', 'roughly', 'some'])} 1,100 km before it came down, ${g.pick(SOURCE)}.`,
  (g) => `Radar data showed that it flew about 1,100 km, ${g.pick(SOURCE)}.`,
  (g) => `${g.pick(WEAPON)} reached an altitude of ${g.pick(['100 km', 'about 100 km', 'roughly 100 km'])} at the top of its arc, ${g.pick(SOURCE)}.`,
  (g) => `At its highest point it reached an altitude of 100 km, ${g.pick(['well above', 'far above', 'high above'])} the path of airliners.`,
  (g) => `${g.pick(WEAPON)} ${g.pick(['travelled', 'flew', 'reached speeds of up to'])} ${g.pick(['Mach 12', 'about Mach 12'])}, ${g.pick(SOURCE)}.`,
  (g) => `Pyongyang claimed a top speed of Mach 12 for the ${g.pick(['new', 'hypersonic', 'solid-fuel'])} missile.`,
  (g) => `${g.pick(WEAPON)} was fired at around noon local time from ${g.pick(['near Pyongyang', 'the Pyongyang area', 'a site near the capital'])}.`,
  (g) => `It was fired at around noon, ${g.pick(SOURCE)}, ${g.pick(['as talks were under way in Seoul', 'hours after a visit by a senior American diplomat', 'at a time of heightened tension'])}.`,
  (g) => `${g.pick(WEAPON)} landed in the East Sea, ${g.pick(['outside', 'beyond'])} Japan's exclusive economic zone, ${g.pick(SOURCE)}.`,
  (g) => `After a flight of several minutes it landed in the East Sea, ${g.pick(SOURCE)}.`,
];

// ---- relevant: prose without figures ------------------------------------------------------------

const WHO = ['Diplomats in the region', 'Analysts in Tokyo', 'Former officials', 'Security experts', 'Observers in Washington', 'Residents of border towns', 'Scholars of the peninsula', 'Editorial writers', 'Defence planners', 'Opposition lawmakers'];
const SAID = ['said', 'argued', 'noted', 'suggested', 'warned', 'observed', 'pointed out', 'conceded'];
const THAT = [
  'the timing of the test was hardly a coincidence',
  'the launch was meant to send a message to the incoming administration',
  'the regime wanted to show that its programme was still moving forward',
  'there was little appetite for new sanctions at the Security Council',
  'the test fitted a pattern seen over the past several years',
  'the exact type of the weapon would take days to confirm',
  'the claims made by state media should be treated with caution',
  'the allies would need to coordinate their response closely',
  'the launch did little to change the military balance in the region',
  'the reaction from Beijing would be watched carefully',
];
const PROSE: Sentence[] = [
  (g) => `${g.pick(WHO)} ${g.pick(SAID)} that ${g.pick(THAT)}.`,
  (g) => `${g.pick(WHO)} ${g.pick(SAID)} that ${g.pick(THAT)}, while others ${g.pick(['disagreed', 'urged patience', 'were more cautious', 'saw a deeper shift'])}.`,
  (g) => `${g.pick(['The government in Seoul', 'The Japanese government', 'The State Department', 'The United Nations'])} ${g.pick(['condemned', 'criticised', 'denounced'])} the launch as a violation of ${g.pick(['several resolutions', 'international law', 'earlier commitments'])}.`,
  (g) => `${g.pick(['State media', 'The official news agency', 'A statement from Pyongyang'])} ${g.pick(['described', 'presented', 'hailed'])} the test as ${g.pick(['a great success', 'a routine exercise', 'a necessary step for self-defence', 'proof of new capabilities'])}.`,
  (g) => `${g.pick(['Markets in the region', 'Shares in Seoul', 'The currency'])} ${g.pick(['barely moved', 'dipped briefly', 'recovered quickly'])} after the news, ${g.pick(['traders said', 'according to brokers', 'as investors shrugged it off'])}.`,
  (g) => `The North has ${g.pick(['repeatedly', 'often', 'in the past'])} ${g.pick(['defended its weapons tests', 'rejected calls for talks', 'accused its neighbours of provocation'])}, and ${g.pick(['this time was no different', 'it did so again', 'few expected otherwise'])}.`,
  (g) => `${g.pick(['Questions remain', 'Doubts persist', 'Experts are divided'])} about ${g.pick(['the accuracy of the guidance system', 'whether the warhead would survive re-entry', 'how many such weapons exist', 'what the test revealed about the engine'])}.`,
  (g) => `${g.pick(['In a phone call', 'At a hastily arranged meeting', 'In a joint statement'])}, ${g.pick(['the allies', 'the foreign ministers', 'the national security advisers'])} ${g.pick(['agreed to share information', 'pledged a firm response', 'called for restraint'])}.`,
  (g) => `${g.pick(['Neighbours', 'Fishermen', 'Airline crews', 'Ship captains'])} ${g.pick(['were told to stay alert', 'received warnings', 'reported nothing unusual', 'were advised to avoid the area'])} ${g.pick(['during the morning', 'for the rest of the day', 'until the all-clear'])}.`,
  (g) => `${g.pick(['For now', 'In the meantime', 'Either way'])}, ${g.pick(['the test has added to tensions', 'the region remains on edge', 'diplomacy appears stalled'])}${g.pick(['', ' once again', ' for the foreseeable future'])}.`,
];

// ---- unrelated: figures and units on other subjects -----------------------------------------------

const TOWNS = ['Millbrook', 'Eastleigh', 'Harrowgate', 'Port Ellen', 'Westford', 'Caldermoor', 'Ashby', 'Linton'];
const hhmm = (g: Rng) => `${String(g.int(5, 23)).padStart(2, '0')}:${String(g.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])).padStart(2, '0')}`;
const UNRELATED: Sentence[] = [
  (g) => `The ${hhmm(g)} train from ${g.pick(TOWNS)} covers ${g.int(40, 900)} km and calls at ${g.int(3, 19)} stations.`,
  (g) => `On weekdays the ${hhmm(g)} service to ${g.pick(TOWNS)} runs every ${g.pick([10, 15, 20, 30, 60])} minutes until ${hhmm(g)}.`,
  (g) => `Rainfall of ${g.int(1, 60)} mm was recorded in ${g.pick(TOWNS)} on ${g.pick(['Monday', 'Tuesday', 'Thursday', 'Saturday'])}, ${g.int(5, 90)} per cent above the seasonal average.`,
  (g) => `Temperatures reached ${g.int(-5, 36)} C in the afternoon, with gusts of up to ${g.int(20, 110)} km/h along the coast.`,
  (g) => `The council approved a budget of ${g.int(2, 900)}.${g.int(0, 9)} million for ${g.pick(['road repairs', 'libraries', 'street lighting', 'school meals', 'parks'])}, up ${g.int(1, 15)} per cent on last year.`,
  (g) => `Spending on ${g.pick(['waste collection', 'social care', 'bus subsidies'])} will rise to ${g.int(1, 50)},${String(g.int(0, 999)).padStart(3, '0')} pounds a month from ${g.pick(['April', 'June', 'September'])}.`,
  (g) => `${g.pick(TOWNS)} United won ${g.int(1, 5)}-${g.int(0, 4)} in front of ${g.int(2, 60)},${String(g.int(0, 999)).padStart(3, '0')} fans, and their captain ran ${g.int(9, 13)}.${g.int(0, 9)} km during the match.`,
  (g) => `The marathon winner finished in ${g.int(2, 3)} hours ${g.int(1, 59)} minutes, ${g.int(1, 90)} seconds ahead of the field.`,
  (g) => `The new bridge is ${g.int(120, 2400)} m long and will carry ${g.int(5, 40)},000 vehicles a day when it opens on 6 January.`,
  (g) => `A cyclist climbed ${g.int(300, 2500)} m over ${g.int(40, 220)} km on the ${g.pick(['first', 'second', 'final'])} stage, averaging ${g.int(28, 45)} km/h.`,
  (g) => `${g.pick(['Residents', 'Councillors', 'Commuters', 'Shopkeepers'])} ${g.pick(['welcomed', 'questioned', 'criticised', 'cautiously supported'])} the ${g.pick(['plan', 'timetable change', 'new budget', 'decision'])}, ${g.pick(['saying it was overdue', 'calling for more consultation', 'asking for details', 'though some remained unconvinced'])}.`,
  (g) => `${g.pick(['The forecast', 'The weekend outlook', 'The report'])} ${g.pick(['promises', 'suggests', 'warns of'])} ${g.pick(['clearer skies', 'more showers', 'a cold snap', 'strong winds'])} ${g.pick(['later in the week', 'by Sunday', 'for the coast'])}.`,
];

const RELEVANT_HEADLINE = 'North Korea fires a ballistic missile on 6 January 2025';
const RELEVANT_LEAD =
  "North Korea fired a ballistic missile on 6 January 2025, South Korea's Joint Chiefs of Staff said, the first launch of the year and a test that drew swift condemnation from Seoul, Tokyo and Washington.";
const UNRELATED_HEADLINE = 'Timetables, rainfall and the council budget: the week in figures';
const UNRELATED_LEAD =
  'The new rail timetable starts on Monday, the council has set its budget for the coming year, and the weekend brought heavy rain and a full programme of sport.';

/** Share of a relevant page's sentences that carry a claim. */
export const CLAIM_SHARE = 0.12;

/**
 * A page with about `targetChars` characters of visible text (never less,
 * overshooting by at most one paragraph). The same flavour, size and seed
 * always give the same page. `claimShare` is the share of a relevant page's
 * sentences that carry a claim.
 */
export function benchPage(flavour: BenchFlavour, targetChars: number, seed = 1, claimShare = CLAIM_SHARE): BenchPage {
  const g = rngOf(seed * 7919 + (flavour === 'relevant' ? 1 : 2));
  const headline = flavour === 'relevant' ? RELEVANT_HEADLINE : UNRELATED_HEADLINE;
  const lead = flavour === 'relevant' ? RELEVANT_LEAD : UNRELATED_LEAD;
  const parts: string[] = [`<h1>${headline}</h1>`, `<p>${lead}</p>`];
  let chars = headline.length + lead.length;
  let paragraphs = 1;
  while (chars < targetChars) {
    const count = g.int(3, 7);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      const pool = flavour === 'unrelated' ? UNRELATED : g.chance(claimShare) ? CLAIMS : PROSE;
      sentences.push(g.pick(pool)(g));
    }
    const text = sentences.join(' ');
    parts.push(`<p>${text}</p>`);
    chars += text.length;
    paragraphs++;
  }
  const title = flavour === 'relevant' ? 'Launch report' : 'The week in figures';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article>${parts.join('')}</article></body></html>`;
  return { html, textChars: chars, paragraphs };
}
