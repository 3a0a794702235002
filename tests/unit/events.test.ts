/** Which launch a passage speaks of, and whether a text is about this one at all. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/engine/extract';
import { article, claims } from './helpers';

describe('relevance', () => {
  it.each([
    ['North Korea fires hypersonic missile as Blinken visits Seoul', true],
    ['North Korea launched a ballistic missile on January 6, 2025.', true],
    ['Pyongyang said the new missile flew 1,500 km at Mach 12.', true],
    ['The relay team ran 1,100 km and finished on January 6, 2025.', false],
    ['SpaceX launched a rocket on January 6, 2025 that flew 1,100 km downrange.', false],
    ['North Korea fired an ICBM on October 31, 2024 that flew 1,001 km for 86 minutes.', false],
    ['', false],
  ])('%s → %s', (text, relevant) => expect(extract(text).relevant).toBe(relevant));
});

describe('passages about other launches', () => {
  it('a page about the 14 January launch keeps only what it says of 6 January', () => {
    const text = [
      'North Korea fired several short-range ballistic missiles on January 14, 2025, South Korea said.',
      'The missiles flew about 250 km before falling into the sea.',
      'It was the second launch this year, after the January 6 test of what Pyongyang called a hypersonic missile that flew 1,500 km.',
    ].join('\n\n');
    const found = extract(text).claims;
    expect(found.filter((c) => c.kind === 'distance').map((c) => c.value)).toEqual([1500]);
    expect(found.filter((c) => c.kind === 'missile-type').map((c) => c.value)).toEqual(['hypersonic']);
  });

  it('a paragraph that recalls an earlier launch does not lend it its figures', () => {
    const text = [
      'North Korea launched a missile on January 6, 2025, during Antony Blinken\'s visit to Seoul. It flew 1,100 km.',
      'On October 31, 2024, the North tested its Hwasong-19 ICBM. That missile flew 1,001 km and reached an altitude of 7,687 km.',
    ].join('\n\n');
    expect(claims(text, 'distance').map((c) => c.value)).toEqual([1100]);
    expect(claims(text, 'altitude')).toEqual([]);
    expect(claims(text, 'missile-type')).toEqual([]);
  });

  it('image captions are not article prose', () => {
    const text = 'North Korea launched a missile on January 6, 2025 as Blinken visited Seoul.\nKim Jong Un watches an ICBM launch that flew 1,000 km. (Image Credit: KCNA)';
    expect(claims(text, 'missile-type')).toEqual([]);
    expect(claims(text, 'distance')).toEqual([]);
  });
});

describe('attribution', () => {
  it('credits the source a saying verb governs, not a bystander', () => {
    const text = "North Korea fired a missile on January 6, 2025. KCNA said the missile flew 1,500 km — more than the figure given by South Korea's military — and traveled at Mach 12.";
    expect(claims(text, 'speed')[0]!.attribution).toBe('kcna');
    expect(claims(text, 'distance')[0]!.attribution).toBe('kcna');
  });

  it.each([
    ["According to South Korea's Joint Chiefs of Staff, the missile flew 1,100 km.", 'south-korea-jcs'],
    ["Japan's Defense Ministry said the missile flew about 1,100 km.", 'japan-defense-ministry'],
    ['The missile flew 1,100 km.', null],
  ])('%s', (sentence, id) => {
    expect(claims(`North Korea fired a missile on January 6, 2025.\n${sentence}`, 'distance')[0]!.attribution).toBe(id);
  });
});

describe('officials and quotes', () => {
  const text = [
    'North Korea fired a missile on January 6, 2025 as Blinken visited Seoul.',
    'South Korean Foreign Minister Cho Tae-yul met Japanese Prime Minister Fumio Kishida.',
    '"This is a dangerous two-way street," Blinken said.',
  ].join('\n');
  it('reads officials with their office', () => {
    expect(claims(text, 'official').map((c) => c.value)).toEqual(['Cho Tae-yul', 'Fumio Kishida']);
  });
  it('reads a quote with its speaker', () => {
    expect(claims(text, 'quote')).toEqual([{ text: 'This is a dangerous two-way street,', value: 'This is a dangerous two-way street', qualifier: null, attribution: 'antony-blinken' }]);
  });
});

describe('reactions', () => {
  it('reads who condemned the launch, one claim per actor', () => {
    const text = 'North Korea fired a missile on January 6, 2025. Blinken and South Korean Foreign Minister Cho Tae-yul strongly condemned the missile launch.';
    const found = extract(text).claims.filter((c) => c.kind === 'reaction');
    expect(found.map((c) => [c.detail?.speaker, c.value, c.text])).toEqual([
      ['Antony Blinken', 'condemned', 'condemned the missile launch'],
      ['Cho Tae-yul', 'condemned', 'condemned the missile launch'],
    ]);
  });
});

describe('explainer and non-native phrasing', () => {
  it('a semicolon ends a source\'s reach', () => {
    const text = "North Korea fired a missile on January 6, 2025. South Korea's military says it travelled about 1,100km; Pyongyang claims 1,500km.";
    expect(claims(text, 'distance').map((c) => [c.value, c.attribution])).toEqual([[1100, 'south-korea-military'], [1500, 'north-korea']]);
  });

  it('"the sea between Korea and Japan" and the EEZ need no landing verb', () => {
    const text = "North Korea fired a missile on January 6, 2025.\nWhere did it land? In the sea between Korea and Japan, outside Japan's exclusive economic zone, Tokyo said.";
    expect(claims(text, 'impact-area').map((c) => c.value)).toEqual(['Sea of Japan (East Sea)', "outside Japan's EEZ"]);
  });

  it('reads plain non-native English', () => {
    const text = 'North Korea was launching one ballistic missile in 6th January 2025, it was flying about 1100 kilometre and falling at East Sea. Japan government say it fall out of its EEZ.';
    expect(claims(text).map((c) => c.value)).toEqual(['ballistic', '2025-01-06', 1100, 'Sea of Japan (East Sea)', "outside Japan's EEZ"]);
  });
});

describe('prose from outside the tuning set', () => {
  it('reads an official in apposition and a lower-case office', () => {
    const text = article('The launch came during the visit of Antony Blinken, the outgoing US secretary of state, who met foreign minister Cho Tae-yul.');
    expect(claims(text, 'official').map((c) => c.value)).toEqual(['Antony Blinken', 'Cho Tae-yul']);
  });

  it('reads "in early November" as the previous launch and "returning … on 20 January" as the inauguration', () => {
    const text = article('It had been two months since the previous launch, in early November.', 'Donald Trump is returning to the White House on 20 January.');
    expect(claims(text, 'previous-launch').map((c) => c.value)).toEqual(['2024-11']);
    expect(claims(text, 'inauguration').map((c) => c.value)).toEqual(['2025-01-20']);
  });

  it('"the South\'s military labelled it" is an attribution', () => {
    const text = article("The South's military labelled it a medium-range ballistic missile; KCNA insisted it was hypersonic.");
    expect(claims(text, 'missile-type').filter((c) => c.value !== 'hypersonic').map((c) => c.attribution)).toEqual(['south-korea-military', 'south-korea-military']);
  });

  it('a figure near 1,500 km ties a text to the launch only in a sentence about a missile', () => {
    expect(extract('Unlike the missiles North Korea has tested, this one carries people. The express train covered 1,530 km in 20 hours.').relevant).toBe(false);
  });
});
