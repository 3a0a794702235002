/**
 * The launch data (reference-data/event.json) and what the engine reads
 * from it: validation with clear messages, the launch near a date, the
 * evidence a passage gives, and which launch a whole story is about.
 */
import { describe, expect, it } from 'vitest';
import { storyLaunch } from '../../lib/engine/events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, extractSteps } from '../../lib/engine/extract';
import { BUNDLED_EVENT, EVENT_ID, LAUNCH_DATA, classRangeOf, inEvent, launchEvidence, launchNear, launchOnMonthDay, validateLaunches, withEvent } from '../../lib/engine/launches';
import { plainTextBlockSteps, sentenceSteps } from '../../lib/engine/text';
import { runToEnd } from '../../lib/engine/steps';

describe('launch data', () => {
  it('is valid, names the event, and each launch has a source note', () => {
    expect(EVENT_ID).toBe('2025-01-06');
    expect(LAUNCH_DATA.launches.length).toBeGreaterThanOrEqual(10);
    for (const l of LAUNCH_DATA.launches) expect(l.source.length, l.id).toBeGreaterThan(30);
  });

  it('is refused with the reason when damaged', () => {
    const good = structuredClone(LAUNCH_DATA);
    expect(() => validateLaunches({ ...good, event: undefined }, 'x.json')).toThrow('x.json: event is missing');
    expect(() => validateLaunches({ ...good, event: { ...good.event, date: '2025-13-01' } })).toThrow('event.date "2025-13-01" is not a YYYY-MM-DD date');
    expect(() => validateLaunches({ ...good, event: { ...good.event, title: '' } })).toThrow('event.title is missing');
    expect(() => validateLaunches({ ...good, event: { ...good.event, id: '2030-01-01' } })).toThrow('the event 2030-01-01 must be one of the launches');
    expect(() => validateLaunches({ ...good, anchors: ['('] })).toThrow(/anchor "\(" is not a valid pattern/);
    expect(() => validateLaunches({ ...good, launches: [{ ...good.launches[0], figures: { weight: [1] } }] })).toThrow(/bad figures.weight/);
    expect(() => validateLaunches({ ...good, classRanges: [{ class: 'x', from: 5, to: 1 }] })).toThrow(/classRanges/);
    expect(() => validateLaunches(null)).toThrow('not a JSON object');
  });

  it('finds the launch near a date, and one written without its year', () => {
    expect(launchNear('2025-01-07')?.id).toBe('2025-01-06');
    expect(launchNear('2025-01-13')?.id).toBe('2025-01-14');
    expect(launchNear('2024-12-25')).toBeNull();
    expect(launchOnMonthDay('04-02')?.id).toBe('2024-04-02');
  });

  it('knows the spans that define a class', () => {
    expect(classRangeOf(3000, 5500)).toBe('intermediate-range');
    expect(classRangeOf(1000, 1200)).toBeNull();
  });
});

describe('evidence', () => {
  it('a missile name or drill decides; a site needs a second clue; an official out of office rules a launch out', () => {
    expect(launchEvidence('the Hwasong-19 flew for 86 minutes').get('2024-10-31')).toBeGreaterThanOrEqual(3);
    expect(launchEvidence('fired from Jagang').get('2025-01-14')).toBe(2);
    // Kanggye is named only in coverage of 14 January 2025: a distinctive word there, as well as its site.
    expect(launchEvidence('fired from Kanggye').get('2025-01-14')).toBe(5);
    expect(launchEvidence('Prime Minister Fumio Kishida said').get(EVENT_ID)).toBeLessThan(0);
    expect(launchEvidence('former prime minister Fumio Kishida said').get(EVENT_ID)).toBeUndefined();
  });
});

describe('the launch a story is about', () => {
  const about = (text: string) => {
    const blocks = runToEnd(plainTextBlockSteps(text));
    return storyLaunch(text, runToEnd(sentenceSteps(text, blocks))).launch;
  };

  it('is read from the headline and opening, the body adding only a capped share', () => {
    expect(about('North Korea fires missiles from Kanggye\n\nSEOUL, Jan. 14 - North Korea fired short-range ballistic missiles on Tuesday.')).toBe('2025-01-14');
    expect(about('North Korea fires hypersonic missile as Blinken visits\n\nNorth Korea fired a missile on January 6, 2025.')).toBe(EVENT_ID);
    const body = Array.from({ length: 40 }, (_, i) => `Update ${i}: the Hwasong-19 flew 86 minutes.`).join('\n\n');
    expect(about(`North Korea fires missile on January 6, 2025\n\nIt flew about 1,100 km, Seoul said.\n\n${body}`)).toBe(EVENT_ID);
  });

  it('is this launch when nothing says otherwise', () => {
    expect(about('North Korea fired a missile.')).toBe(EVENT_ID);
  });
});

describe('the active event', () => {
  const jan14 = validateLaunches(JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/events/2025-01-14/event.json'), 'utf8')), 'event.json');
  const TEXT = 'North Korea fired short-range ballistic missiles on January 14 from Jagang Province.\n\nThey flew about 250 km, the JCS said.';

  it('is the bundled event unless a run says otherwise, and is restored after', () => {
    expect(EVENT_ID).toBe('2025-01-06');
    expect(withEvent(jan14, () => [EVENT_ID, extract(TEXT).about])).toEqual(['2025-01-14', '2025-01-14']);
    expect(EVENT_ID).toBe('2025-01-06');
    expect(extract(TEXT).about).toBe('2025-01-14');
    expect(extract(TEXT).relevant).toBe(false);
  });

  it('keeps two sliced runs about different events apart, step by step', () => {
    const whole = (e: typeof jan14) => runToEnd(inEvent(e, extractSteps(TEXT.repeat(40))));
    const a = inEvent(jan14, extractSteps(TEXT.repeat(40)));
    const b = inEvent(BUNDLED_EVENT, extractSteps(TEXT.repeat(40)));
    let ra: IteratorResult<void, unknown> = { done: false, value: undefined };
    let rb: IteratorResult<void, unknown> = { done: false, value: undefined };
    let steps = 0;
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = a.next();
      if (!rb.done) rb = b.next();
      steps++;
      expect(EVENT_ID).toBe('2025-01-06');
    }
    expect(steps).toBeGreaterThan(3);
    expect(ra.value).toEqual(whole(jan14));
    expect(rb.value).toEqual(whole(BUNDLED_EVENT));
    expect((ra.value as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
  });
});
