/** Quote: the same quotation trimmed agrees, a word changed differs, another quotation is not compared. */
import { describe, expect, it } from 'vitest';
import { quote, quoteDifference } from '../../../lib/engine/kinds/quote';
import { found, value } from './support';

describe('quote', () => {
  it('is found in double quotes of six words or more', () => {
    expect(found('quote', '"This is a dangerous two-way street for all of us," Blinken said.')).toEqual(['This is a dangerous two-way street for all of us']);
    expect(found('quote', '"Too short to count," he said.')).toEqual([]);
  });

  it('agrees trimmed, differs misquoted, is not compared with another quotation', () => {
    const ref = value('quote', 'This is a dangerous two-way street for all of us');
    expect(quote.stance(value('quote', 'a dangerous two-way street for all of us'), ref)).toBe('agree');
    expect(quote.stance(value('quote', 'This is a dangerous one-way street for all of us'), ref)).toBe('differ');
    expect(quote.stance(value('quote', 'We will stand with our allies against every threat'), ref)).toBeNull();
    expect(quoteDifference('a dangerous one-way street', 'a dangerous two-way street')).toEqual({ page: ['one'], outlet: ['two'] });
  });

  it('is shown as written and validated as text', () => {
    expect(quote.show('words')).toBe('words');
    expect(quote.validate('')).not.toBeNull();
  });
});
