/**
 * The causes of false alarms the trust issue lists, one constructed sentence
 * each (our own words, shaped like the coverage that produced them): a figure
 * that is not this flight's, whose figure it is, which date is the launch's,
 * which launch a passage is about, numbers as writers write them, quotations,
 * text as pages give it, and a seed copied elsewhere. Each asserts the claim
 * a careful reader would see, or that there is none, and its verdict.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { CLEAR_MAJORITY, MIN_AGAINST, consensus } from '../../lib/engine/consensus';
import { agreementLine } from '../../lib/report';
import { reference } from './helpers';

const LEAD = 'North Korea fired a ballistic missile on January 6, 2025, as Antony Blinken visited Seoul.';
const run = (...paragraphs: string[]) => check([LEAD, ...paragraphs].join('\n\n'), reference());
const claimsOf = (kind: string, ...paragraphs: string[]) =>
  run(...paragraphs)
    .claims.filter((c) => c.kind === kind)
    .map((c) => ({ text: c.text, value: c.value, verdict: c.verdict, attribution: c.attribution }));
const verdicts = (kind: string, ...paragraphs: string[]) => claimsOf(kind, ...paragraphs).map((c) => `${c.value} ${c.verdict}`);

describe('a clear majority', () => {
  it('is two thirds of the outlets that state a fact, and contradiction needs two outlets', () => {
    expect(CLEAR_MAJORITY).toBeCloseTo(2 / 3);
    expect(MIN_AGAINST).toBe(2);
    expect(consensus({ agree: 4, differ: 1 })).toBe('supported');
    expect(consensus({ agree: 2, differ: 1 })).toBe('supported');
    expect(consensus({ agree: 1, differ: 4 })).toBe('contradicted');
    expect(consensus({ agree: 0, differ: 2 })).toBe('contradicted');
    expect(consensus({ agree: 3, differ: 2 })).toBe('disputed');
    expect(consensus({ agree: 1, differ: 1 })).toBe('disputed');
    expect(consensus({ agree: 0, differ: 1 })).toBe('unverified');
    expect(consensus({ agree: 0, differ: 0 })).toBe('unverified');
  });
});

describe('the answer first', () => {
  it('says how many outlets agree and who differs, with their figures, grouped', () => {
    const [d] = run('The JCS said it flew about 1,100 km.').claims.filter((c) => c.kind === 'distance');
    expect(agreementLine(d!)).toBe('4 of 5 outlets agree; sunford-express: 500 km.');
    expect(agreementLine(d!, reference())).toBe('4 of 5 outlets agree; Sunford Express: 500 km.');
    const [w] = run('The missile flew 300 km, the JCS said.').claims.filter((c) => c.kind === 'distance');
    expect(agreementLine(w!)).toBe('0 of 5 outlets agree; dw, hindustan-dot, iria, wire-rewrite: 1,100 km; sunford-express: 500 km.');
    expect(agreementLine(w!, reference())).toBe('0 of 5 outlets agree; DW, Hindustan Dot, IRIA, Wire rewrite: 1,100 km; Sunford Express: 500 km.');
  });
});

describe("1. a figure that is not this flight's", () => {
  it.each([
    'Missiles of this type can fly 3,000 to 5,500 km.',
    'IRBMs are defined as missiles with ranges of 3,000 to 5,500 km.',
    'Guam lies about 3,400 km from Pyongyang.',
    'Such a missile could reach up to 3,400 miles.',
    'Fired on a normal trajectory, it could have flown 4,000 km.',
  ])('no distance in %j', (s) => {
    expect(claimsOf('distance', s)).toEqual([]);
  });

  it('a speed in km/h is a speed, never a distance; a definition is no claim', () => {
    expect(claimsOf('distance', 'KCNA said the missile reached 14,700 km/h.')).toEqual([]);
    expect(claimsOf('speed', 'Hypersonic means at least five times the speed of sound.')).toEqual([]);
  });

  it('"between 1,000 and 1,200 km" is one claim, the span, and agrees with 1,100 km', () => {
    const d = claimsOf('distance', 'The JCS said the missile flew between 1,000 and 1,200 km.');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ value: 1100, verdict: 'supported' });
  });

  it('"peaks of 99.8 and 42.5 km" are two heights, North Korea\'s', () => {
    const a = claimsOf('altitude', 'KCNA said the glide vehicle reached peaks of 99.8 and 42.5 km.');
    expect(a.map((c) => c.value)).toEqual([99.8, 42.5]);
    expect(a.every((c) => c.attribution === 'KCNA (North Korean state media)')).toBe(true);
  });

  it('a class span printed as the flight\'s estimate is left unjudged', () => {
    expect(verdicts('distance', "The JCS gave an estimated flight distance of 3,000 to 5,500 km.")).toEqual(['4250 unverified']);
  });
});

describe('2. whose figure it is', () => {
  it('reported speech after "KCNA said" is North Korea\'s, and supported by what outlets report North Korea said', () => {
    const d = claimsOf('distance', 'KCNA said the test was a success. The missile reportedly travelled 1,500 km before hitting its target.');
    expect(d).toEqual([{ text: '1,500 km', value: 1500, verdict: 'supported', attribution: 'KCNA (North Korean state media)' }]);
  });

  it('"according to Pyongyang" and "allegedly" are North Korea speaking', () => {
    expect(claimsOf('distance', 'According to Pyongyang, it flew 1,500 km.')[0]!.attribution).toBe('North Korea');
    expect(verdicts('speed', 'KCNA said the launch was a success. It allegedly flew at Mach 12.')).toEqual(['12 supported']);
  });

  it('a source named as an object is not the speaker; the figure it owns is its own', () => {
    const d = claimsOf('distance', "Kim said the missile flew 1,500 km, beyond the 1,100-kilometre figure given by South Korea's military.");
    expect(d.map((c) => [c.value, c.attribution, c.verdict])).toEqual([
      [1500, 'Kim Jong Un', 'supported'],
      [1100, "South Korea's military", 'supported'],
    ]);
  });

  it('an unattributed figure that only North Korea gave is taken for North Korea\'s, never contradicted', () => {
    const [d] = run('The missile flew 1,500 km.').claims.filter((c) => c.kind === 'distance');
    expect(d!.verdict).toBe('supported');
    expect(d!.notes.join(' ')).toMatch(/it is what North Korea claimed/);
  });
});

describe("3. which date is the launch's", () => {
  it('datelines, report days and publication stamps are no launch date or weekday', () => {
    const text = ['SEOUL, Jan. 7 (Agency) - North Korea said on Tuesday it had tested a new hypersonic missile as Blinken visited.', 'State media reported the launch on Tuesday.', 'Updated: Jan 7, 2025 09:14 IST'].join('\n\n');
    const r = check(text, reference());
    expect(r.claims.filter((c) => c.kind === 'date' || c.kind === 'weekday')).toEqual([]);
  });

  it('"10 p.m. Sunday ET" is noon Monday in Korea, and the weekday reads as Monday', () => {
    const r = run('The launch came at about 10 p.m. Sunday ET.');
    expect(r.claims.find((c) => c.kind === 'time')).toMatchObject({ value: '12:00', verdict: 'supported' });
    const w = r.claims.find((c) => c.kind === 'weekday')!;
    expect([w.text, w.value, w.verdict]).toEqual(['Sunday', 'Monday', 'supported']);
    expect(w.notes.join(' ')).toMatch(/in Korea it was Monday/);
  });

  it.each([
    ['It was fired at 0300 GMT.', '12:00'],
    ['It was fired at 0030GMT.', '09:30'],
    ['It was fired at 03:00 GMT.', '12:00'],
    ['It was fired at 12:00 JST.', '12:00'],
    ['It was fired at 8:30 am IST.', '12:00'],
  ])('%s is %s in Korea', (s, value) => {
    expect(claimsOf('time', s).map((c) => c.value)).toEqual([value]);
  });
});

describe('4. which launch a passage is about', () => {
  const jan14 = [
    'North Korea fires 2 short-range missiles a week after hypersonic test',
    'SEOUL, Jan. 14 - North Korea fired two short-range ballistic missiles from Kanggye on Tuesday, flying about 250 km, a week after it tested what it called a new hypersonic missile.',
    'Acting President Choi Sang-mok condemned the launch.',
  ].join('\n\n');

  it('a story about 14 January says so, compares only its recollection of 6 January, and names no 250 km', () => {
    const r = check(jan14, reference());
    expect(r.about).toBe('2025-01-14');
    // The headline and the body both call the 6 January missile hypersonic; nothing of 14 January is compared.
    expect(r.claims.map((c) => `${c.kind}:${c.value}`)).toEqual(['missile-type:hypersonic', 'missile-type:hypersonic']);
  });

  it('a story about March 2024, when Blinken was also in Seoul and Kishida was prime minister, is not about this launch', () => {
    const text = [
      'North Korea fires missiles as Blinken visits Seoul for democracy summit',
      'North Korea fired several short-range ballistic missiles on Monday that flew about 300 km, as Secretary of State Antony Blinken attended the Summit for Democracy in Seoul.',
      'Prime Minister Fumio Kishida called the launches unacceptable.',
    ].join('\n\n');
    const r = check(text, reference());
    expect(r.relevant).toBe(false);
    expect(r.about).toBe('2024-03-18');
  });

  it("a recalled launch's figures in a story about this one are not this launch's", () => {
    expect(claimsOf('distance', 'In April 2024 the North flew a Hwasong-16B some 600 km.')).toEqual([]);
    // Kishida was not in office on 6 January 2025: never supported, never called wrong on one outlet's word.
    expect(verdicts('official', 'Japanese Prime Minister Fumio Kishida protested that launch.')).toEqual(['Fumio Kishida unverified']);
  });
});

describe('5. numbers and names as writers write them', () => {
  it.each([
    ['It flew 1 500 km, KCNA said.', 1500],
    ['It flew 15-hundred kilometres, KCNA said.', 1500],
    ['The JCS said it flew one thousand one hundred kilometres.', 1100],
    ['The JCS said it flew eleven hundred kilometres.', 1100],
  ])('%s', (s, value) => {
    expect(claimsOf('distance', s).map((c) => c.value)).toEqual([value]);
  });

  it('"Mr Blinken" and "Gen Nakatani" are people; a shorter name is never a contradiction', () => {
    expect(verdicts('reaction', 'Mr Blinken condemned the launch.')).toEqual(['condemned supported']);
    expect(claimsOf('official', 'Foreign Minister Cho condemned it.').map((c) => c.verdict)).toEqual(['supported']);
  });
});

describe('6. quotations', () => {
  it('a changed word is a misquote: it differs, and the note shows the words', () => {
    const [q] = run('"This is a dangerous one-way street," Blinken said.').claims.filter((c) => c.kind === 'quote');
    expect(q!.outlets.map((o) => o.stance)).toEqual(['differ']);
    expect(q!.verdict).not.toBe('supported');
    expect(q!.notes.join(' ')).toContain('"two" where this has "one"');
  });
});

describe('7. text as pages give it', () => {
  it('"Japan.The launch" is two sentences, and "Advertisement" lines are furniture', () => {
    const r = check(`${LEAD}\n\nAdvertisement\n\nIt fell outside the exclusive economic zone of Japan.The missile flew about 1,100 km, the JCS said.`, reference());
    expect(r.claims.find((c) => c.kind === 'distance')).toMatchObject({ value: 1100, verdict: 'supported' });
  });
});

describe('8. self-comparison', () => {
  it('a repost of a seed is compared with the other four outlets only (seeds.test.ts checks the text itself)', () => {
    expect(run('Nothing else.').copyOf).toEqual([]);
  });
});
