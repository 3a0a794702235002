import { describe, expect, it } from 'vitest';
import { claimsAfterLead } from './helpers';
import { seaName, siteName } from '../../lib/engine/kinds/places';

const types = (s: string) => claimsAfterLead('missile-type', s).map((c) => c.value);

describe('missile type', () => {
  it.each([
    ['It was a hypersonic missile.', ['hypersonic']],
    ['The military identified an intermediate-range ballistic missile.', ['intermediate-range', 'ballistic']],
    ['Officials called it a mid-range missile.', ['intermediate-range']],
    ['Seoul said it was a medium-range missile.', ['intermediate-range']],
    ['The North fired an IRBM.', ['intermediate-range']],
    ['Analysts suspect an ICBM.', ['intercontinental']],
    ['It launched a short-range ballistic missile.', ['short-range', 'ballistic']],
    ['The new hypersonic IRBM flew east.', ['hypersonic', 'intermediate-range']],
    ['Every IRBM test worries Tokyo, and IRBMs can reach Guam.', []],
  ])('%s', (s, expected) => expect(types(s)).toEqual(expected));

  it('needs a missile word nearby', () => expect(types('It was a ballistic performance by the team.')).toEqual([]));
  it('does not read "not an ICBM"', () => expect(types('Officials said it was not an ICBM.')).toEqual([]));
  it('ignores last year\'s ICBM tests', () => {
    expect(types("Last year's ICBM tests used a solid-fuel design, officials said.")).toEqual([]);
  });
});

describe('launch site', () => {
  it.each([
    ['The missile was fired near the North Korean capital of Pyongyang.', 'Pyongyang'],
    ['The missile was launched from the Pyongyang area.', 'Pyongyang'],
    ['It was fired from the North Korean capital, Pyongyang, and flew east.', 'Pyongyang'],
    ['The missile was launched from Sunan, near the capital.', 'Pyongyang'],
    ['The missile was launched from Jagang Province.', 'Jagang Province'],
  ])('%s', (s, value) => expect(claimsAfterLead('launch-site', s)[0]?.value).toBe(value));

  it('does not read "Pyongyang said" as a launch site', () => {
    expect(claimsAfterLead('launch-site', 'Pyongyang said the launch was a routine test.')).toEqual([]);
  });

  it('matches spellings loosely and refuses strangers', () => {
    expect(siteName("P'yongyang")).toBe('Pyongyang');
    expect(siteName('Seoul')).toBeNull();
  });
});

describe('impact area', () => {
  it.each([
    ['It landed in waters between the Korean Peninsula and Japan.', 'Sea of Japan (East Sea)'],
    ['The missile fell into the East Sea.', 'Sea of Japan (East Sea)'],
    ['It splashed down in the Sea of Japan.', 'Sea of Japan (East Sea)'],
    ['It landed in the Yellow Sea.', 'Yellow Sea (West Sea)'],
    ["It fell outside Japan's exclusive economic zone.", "outside Japan's EEZ"],
    ['It landed inside the EEZ, Tokyo said.', "inside Japan's EEZ"],
  ])('%s', (s, value) => expect(claimsAfterLead('impact-area', s)[0]?.value).toBe(value));

  it('meets sea aliases through fuzzy matching', () => {
    expect(seaName('Japan Sea')).toBe('Sea of Japan (East Sea)');
    expect(seaName('Sea of Japn')).toBe('Sea of Japan (East Sea)');
    expect(seaName('Mediterranean Sea')).toBeNull();
  });
});
