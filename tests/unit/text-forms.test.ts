/**
 * Text as pages give it: full stops with no space after them, hard line
 * breaks inside a sentence, and the furniture aggregators set around a story.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/engine/extract';
import { runToEnd } from '../../lib/engine/steps';
import { plainTextBlockSteps, sentenceSteps } from '../../lib/engine/text';
import { article } from './helpers';

const blocks = (text: string) => runToEnd(plainTextBlockSteps(text));
const sentences = (text: string) => runToEnd(sentenceSteps(text, blocks(text))).map((s) => text.slice(s.start, s.end));
const roles = (text: string) => blocks(text).map((b) => [text.slice(b.start, b.end), b.role]);

describe('a full stop with no space after it', () => {
  it('ends a sentence between two words', () => {
    expect(sentences('The missile landed off Japan.The launch came as Blinken visited.')).toEqual(['The missile landed off Japan.', 'The launch came as Blinken visited.']);
    expect(sentences('It fell in the sea."The test was a success," KCNA said.')).toEqual(['It fell in the sea."', 'The test was a success," KCNA said.']);
  });

  it.each([
    'It was the U.S.-led talks, said the U.S.State Department.',
    'The missile flew 0.5 km further.',
    'He was ranked No.1 in the poll.',
    'It was launched on Jan.7 at noon.',
    'It was launched on Jan.Seventh at noon.',
    'Mr.Blinken spoke in Seoul.',
    'It happened in St.Louis once.',
    'See www.Reuters.com for more.',
    'Visit news.Yahoo.com today.',
    'Read it at x.com/SecBlinken.Status here.',
    'Write to desk.Editor@example.com today.',
    'It happened in Japan...The end.',
  ])('is no sentence end in %j', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('a claim after a glued full stop is read in its own sentence', () => {
    const text = article('The missile landed off Japan.The missile flew 1,100 km, the military said.');
    const c = extract(text).claims.find((x) => x.kind === 'distance');
    expect(c?.value).toBe(1100);
    expect(c?.sentence).toBe('The missile flew 1,100 km, the military said.');
  });
});

describe('hard line breaks', () => {
  it('a lower-case line continues the unpunctuated line above it', () => {
    const text = 'The missile flew about 1,100 km\nbefore it landed in the sea.\nIt was the first launch this year.';
    expect(roles(text)).toEqual([
      ['The missile flew about 1,100 km\nbefore it landed in the sea.', 'prose'],
      ['It was the first launch this year.', 'prose'],
    ]);
  });

  it('runs over several lines', () => {
    const text = 'North Korea fired a missile\nthat flew about 1,100 km,\nthe military said.';
    expect(roles(text)).toEqual([[text, 'prose']]);
  });

  it.each([
    ['a line that ends a sentence', 'The missile flew 1,100 km.\nbefore that, it was quiet.'],
    ['a line that starts with a capital', 'North Korea fires missile\nThe missile flew 1,100 km.'],
    ['a blank line between', 'The missile flew about 1,100 km\n\nbefore it landed.'],
    ['furniture above', 'Advertisement\nbefore it landed in the sea.'],
  ])('does not join across %s', (_why, text) => {
    expect(blocks(text)).toHaveLength(2);
  });

  it('a claim broken over two lines is one claim with its sentence', () => {
    const text = article('South Korea said the missile flew about\n1,100 km and\nlanded in the sea, the military said.');
    // "1,100 km" opens a line with a digit, so that break stays; the next one, lower case, joins.
    expect(roles(text).at(-1)).toEqual(['1,100 km and\nlanded in the sea, the military said.', 'prose']);
    const t2 = article('The missile flew 1,100 km before\nit landed in the sea, the military said.');
    const c = extract(t2).claims.find((x) => x.kind === 'distance');
    expect(c?.sentence).toBe('The missile flew 1,100 km before\nit landed in the sea, the military said.');
  });
});

describe('aggregator furniture', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Also read: North Korea fires missile as Blinken visits Seoul',
    'Also Read | Kim warns of toughest anti-US policy',
    'Read also: Japan protests',
    'Updated: Jan 7, 2025 09:14 IST',
    'Published on January 7, 2025',
    'Last updated on Tue, 7 Jan 2025 10:02 GMT',
    'By Staff Writer',
    'By The Associated Press',
    'By Jung Min-ho, Korea Times',
    'Story continues below advertisement',
  ])('%j is furniture', (line) => {
    expect(roles(`${line}\nThe missile flew 1,100 km.`)[0]).toEqual([line, 'furniture']);
  });

  it.each(['(Image: KCNA)', 'Photo: Reuters', 'Kim Jong Un at the launch (Photo: KCNA via Reuters)'])('%j is a caption', (line) => {
    expect(roles(`${line}\nThe missile flew 1,100 km.`)[0]).toEqual([line, 'caption']);
  });

  it.each([
    'By Monday, North Korea had fired two more missiles.',
    'Published reports said the missile flew 1,100 km, a figure officials later confirmed in Seoul on Tuesday.',
    'Updated figures from the military put the range at 1,100 km.',
  ])('%j is prose', (line) => {
    expect(roles(line)[0]![1]).toBe('prose');
  });

  it('claims in furniture are not read', () => {
    const text = article('Also read: North Korean missile flew 1,500 km, KCNA says', 'The missile flew 1,100 km, the military said.');
    expect(extract(text).claims.filter((c) => c.kind === 'distance').map((c) => c.value)).toEqual([1100]);
  });
});
