/**
 * People as coverage names them: with titles ("Mr Blinken", "Col. Lee
 * Sung-joon"), shorter than the reference ("Blinken", "Cho", "Choi"), and
 * family names that fit more than one person ("Mr Kim", "Kim Yo Jong").
 */
import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../lib/engine/compare';
import { extract } from '../../lib/engine/extract';
import { personInContext, personNamed, withoutTitles } from '../../lib/engine/kinds/people';
import type { ReferenceClaim } from '../../lib/engine/types';
import { article } from './helpers';

describe('titles before names', () => {
  it.each<[string, string]>([
    ['Mr Blinken', 'Antony Blinken'],
    ['Mr. Blinken', 'Antony Blinken'],
    ['Secretary Blinken', 'Antony Blinken'],
    ['Secretary of State Blinken', 'Antony Blinken'],
    ['Gen Nakatani', 'Gen Nakatani'],
    ['Gen. Nakatani', 'Gen Nakatani'],
    ['Nakatani', 'Gen Nakatani'],
    ['Col. Lee Sung-joon', 'Lee Sung-joon'],
    ['Lee Sung Joon', 'Lee Sung-joon'],
    ['Blinken', 'Antony Blinken'],
    ['Cho', 'Cho Tae-yul'],
    ['Choi', 'Choi Sang-mok'],
    ['Kim Jong-un', 'Kim Jong Un'],
  ])('%s is %s', (written, name) => {
    expect(personNamed(written)?.name).toBe(name);
  });

  it('drops one or more titles and says so', () => {
    expect(withoutTitles('Col. Lee Sung-joon')).toEqual({ name: 'Lee Sung-joon', titled: true });
    expect(withoutTitles('Acting President Choi')).toEqual({ name: 'Choi', titled: true });
    expect(withoutTitles('Blinken')).toEqual({ name: 'Blinken', titled: false });
  });
});

describe('Kim is not always Kim Jong Un', () => {
  it('Kim Yo Jong is his sister, not him', () => {
    expect(personNamed('Kim Yo Jong')?.name).toBe('Kim Yo Jong');
    expect(personNamed('Kim Yo-jong')?.name).toBe('Kim Yo Jong');
  });

  it('"Kim" and "Mr Kim" alone are nobody', () => {
    expect(personNamed('Kim')).toBeNull();
    expect(personNamed('Mr Kim')).toBeNull();
    expect(personInContext('Mr Kim', 'South Korea said the missile flew 1,100 km. ', 44)).toBeNull();
  });

  it('"Mr Kim" is Kim Jong Un only after the same paragraph named him', () => {
    const same = 'Kim Jong Un oversaw the test. Mr Kim said';
    expect(personInContext('Mr Kim', same, same.length - 5)?.name).toBe('Kim Jong Un');
    const other = 'Kim Jong Un oversaw the test.\n\nMr Kim said';
    expect(personInContext('Mr Kim', other, other.length - 5)).toBeNull();
  });

  it('"Kim" is the last Kim named before', () => {
    const t = 'Kim Jong Un oversaw the test.\n\nHis sister Kim Yo Jong spoke later.\n\nKim said';
    expect(personInContext('Kim', t, t.length - 5)?.name).toBe('Kim Yo Jong');
    const u = 'Kim Yo Jong spoke first.\n\nThen Kim Jong-un spoke.\n\nKim said';
    expect(personInContext('Kim', u, u.length - 5)?.name).toBe('Kim Jong Un');
  });

  const QUOTE = '"We will respond firmly to any provocation by them at all," Mr Kim said.';
  const speakerOf = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.detail?.speaker ?? null;

  it('a quote from "Mr Kim" is not put in Kim Jong Un\'s mouth', () => {
    expect(speakerOf(article(QUOTE))).toBeNull();
    expect(speakerOf(article('Kim Jong Un oversaw the test.', QUOTE))).toBeNull();
    expect(speakerOf(article(`Kim Jong Un oversaw the test. ${QUOTE}`))).toBe('Kim Jong Un');
  });

  it('a quote from Kim Yo Jong is hers, and North Korea\'s', () => {
    const text = article('"The hypersonic missile will contain any rivals in the Pacific," Kim Yo Jong said.');
    const q = extract(text).claims.find((c) => c.kind === 'quote');
    expect(q?.detail?.speaker).toBe('Kim Yo Jong');
    expect(q?.attribution?.camp).toBe('north-korea');
  });
});

describe('speakers with titles', () => {
  it.each<[string, string]>([
    ['"This is a dangerous two-way street for the region," Mr Blinken said.', 'Antony Blinken'],
    ['"This is a dangerous two-way street for the region," Mr. Blinken said.', 'Antony Blinken'],
    ['"This is a dangerous two-way street for the region," said Mr. Blinken.', 'Antony Blinken'],
    ['"We will respond firmly to any provocation by the North," Col. Lee Sung-joon said.', 'Lee Sung-joon'],
    ['"The missile fell outside our exclusive economic zone today," Gen. Nakatani said.', 'Gen Nakatani'],
  ])('%s', (sentence, speaker) => {
    expect(extract(article(sentence)).claims.find((c) => c.kind === 'quote')?.detail?.speaker).toBe(speaker);
  });
});

describe('a shorter name is the same person', () => {
  const ref = (value: string, office: string): ReferenceClaim => ({ outlet: 'a', kind: 'official', text: value, start: 0, end: 1, value, qualifier: null, attribution: null, quote: 'q', detail: { office } });

  it.each<[string, string, string]>([
    ['Secretary of State Blinken met Cho.', 'Antony Blinken', 'us/secretary-of-state'],
    ['Foreign Minister Cho met Blinken.', 'Cho Tae-yul', 'south-korea/foreign-minister'],
    ['Acting President Choi met Blinken.', 'Choi Sang-mok', 'south-korea/acting-president'],
  ])('%s', (sentence, name, office) => {
    const c = extract(article(sentence)).claims.find((x) => x.kind === 'official' && x.detail?.office === office);
    expect(c?.value).toBe(name);
    expect(stanceOf(c!, ref(name, office))).toBe('agree');
  });

  it('a short name against the full one agrees, never differs', () => {
    const claim = (value: string, office: string) => ({ kind: 'official' as const, value, qualifier: null, attribution: null, detail: { office } });
    expect(stanceOf(claim('Blinken', 'us/secretary-of-state'), ref('Antony Blinken', 'us/secretary-of-state'))).toBe('agree');
    expect(stanceOf(claim('Cho', 'south-korea/foreign-minister'), ref('Cho Tae-yul', 'south-korea/foreign-minister'))).toBe('agree');
    expect(stanceOf(claim('Mr. Blinken', 'us/secretary-of-state'), ref('Antony Blinken', 'us/secretary-of-state'))).toBe('agree');
  });

  it('a one-word name nobody knows is no official claim', () => {
    expect(extract(article('Meanwhile, the President spoke. Prime Minister Smith spoke too.')).claims.filter((c) => c.kind === 'official')).toEqual([]);
  });

  it('a word before a comma does not hide the official after it', () => {
    const found = extract(article('However, Japanese Prime Minister Shigeru Ishiba expressed alarm.')).claims.filter((c) => c.kind === 'official');
    expect(found.map((c) => c.value)).toEqual(['Shigeru Ishiba']);
  });
});
