/**
 * Figures a text denies or gives only as an unvouched post's are not its
 * claims (lib/engine/disowned.ts), in the words of fact-check pages, and the
 * figures beside them that the text does stand behind are still checked.
 */
import { describe, expect, it } from 'vitest';
import { disowned } from '../../lib/engine/disowned';
import { check } from '../../lib/engine/check';
import { bundledReference } from '../../lib/reference/bundled';

const at = (sentence: string, figure: string) => {
  const i = sentence.indexOf(figure);
  return disowned(sentence, i, i + figure.length);
};

describe('disowned: the sentence does not stand behind the figure', () => {
  it('a denial before the figure, in its clause', () => {
    expect(at("Pyongyang's new missile did not travel 2,400 km, whatever the clip suggests.", '2,400 km')).toMatch(/not so/);
    expect(at('The real flight was nowhere near 2,400 km.', '2,400 km')).toMatch(/not so/);
    expect(at('Our reporters could find no official source for 2,400 km.', '2,400 km')).toMatch(/not so/);
  });

  it('a post, a blog or rumour as its voice', () => {
    expect(at('A video shared thousands of times online says the missile covered 2,400 km.', '2,400 km')).toMatch(/no one vouches/);
    expect(at('Rumours on messaging apps put the flight at 2,400 km.', '2,400 km')).toMatch(/no one vouches/);
    expect(at('One blog gave the range as 700 km.', '700 km')).toMatch(/no one vouches/);
  });

  it('a clause that calls it false', () => {
    expect(at('The claim that the missile landed inside Japanese waters is false.', 'inside Japanese waters')).toMatch(/call it false/);
  });

  it('but not the figure the text gives after "but", nor a text message, nor a newspaper called the Post', () => {
    expect(at('It did not reach Japan, but it flew about 1,100 km, the military said.', '1,100 km')).toBeNull();
    expect(at('The missile flew about 1,100 km, the JCS said in a text message to reporters.', '1,100 km')).toBeNull();
    expect(at('The Washington Post reported that it flew about 1,100 km.', '1,100 km')).toBeNull();
    expect(at('No. Japan said it fell outside its exclusive economic zone.', 'outside its exclusive economic zone')).toBeNull();
  });
});

describe('check: a fact-check page', () => {
  const loaded = bundledReference();
  if (!loaded.ok) throw new Error(loaded.error);
  const text = [
    "Fact check: North Korea's missile of 6 January did not fly 3,000 km.",
    "A post shared widely on social media says the missile North Korea fired on Monday flew 3,000 km and fell inside Japan's exclusive economic zone.",
    "South Korea's Joint Chiefs of Staff said the missile flew about 1,100 km before falling into the East Sea.",
  ].join('\n\n');
  const claims = check(text, loaded.reference).claims;

  it('never marks the figures it refutes: they are not its claims', () => {
    expect(claims.filter((c) => c.value === 3000 || c.value === "inside Japan's EEZ").map((c) => c.text)).toEqual([]);
  });

  it("still checks the figure it gives as the military's", () => {
    expect(claims.filter((c) => c.value === 1100).map((c) => c.verdict)).toEqual(['supported']);
  });
});
