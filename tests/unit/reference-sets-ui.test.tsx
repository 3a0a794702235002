// @vitest-environment happy-dom
/**
 * The options page's reference sets: importing a file shows its event and
 * outlets, a bad file says why in words, remove takes it away, and nothing a
 * file says becomes markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReferenceSets } from '../../components/ReferenceSets';
import { listReferenceSets } from '../../lib/reference/store';

const here = join(import.meta.dirname, '../fixtures/events/2025-01-14');
const jan14 = readFileSync(join(here, 'reference.json'), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let root: HTMLElement;

async function until(what: () => boolean, ms = 2000) {
  for (let t = 0; t < ms && !what(); t += 10) await sleep(10);
}

function choose(name: string, text: string) {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ReferenceSets', () => {
  it('imports a set and shows its event, date and outlets, then removes it', async () => {
    render(<ReferenceSets />, root);
    await until(() => root.textContent!.includes('No reference sets imported'));
    choose('jan14.json', jan14);
    await until(() => root.querySelector('.cc-refset') !== null);
    const item = root.querySelector('.cc-refset')!;
    expect(item.querySelector('h3')!.textContent).toBe("North Korea's short-range ballistic missile launch of 14 January 2025 from Jagang Province");
    expect(item.textContent).toContain('14 January 2025');
    expect([...item.querySelectorAll('.cc-refset-outlets li')].map((li) => li.textContent)).toEqual([
      'Meridian Wire — https://meridianwire.example/asia/2025/01/14/north-korea-short-range-missiles',
      'Eastbridge Broadcasting — https://eastbridge.example/news/asia-north-korea-launch',
      'The Han River Daily — https://hanriverdaily.example/nk/20250115-jagang-srbm',
      'NewsPulse Hub',
    ]);
    expect(root.querySelector('[role=status]')!.textContent).toMatch(/^Imported: /);
    (item.querySelector('button') as HTMLButtonElement).click();
    await until(() => root.querySelector('.cc-refset') === null);
    expect(await listReferenceSets()).toEqual([]);
    expect(root.textContent).toContain('No reference sets imported');
  });

  it.each([
    ['not JSON', 'notes.json', 'hello', /notes\.json: This file is not JSON/],
    ['an event file', 'event.json', readFileSync(join(here, 'event.json'), 'utf8'), /event\.json: This file cannot be used: version 1 is not the version this build reads \(2\)\./],
    ['an invalid set', 'broken.json', JSON.stringify({ ...JSON.parse(jan14), outlets: [] }), /broken\.json: This file cannot be used: it lists no outlets\./],
  ])('says why %s cannot be imported', async (_name, file, text, message) => {
    render(<ReferenceSets />, root);
    await until(() => root.textContent!.includes('No reference sets imported'));
    choose(file, text);
    await until(() => root.querySelector('[role=alert]') !== null);
    expect(root.querySelector('[role=alert]')!.textContent).toMatch(message);
    expect(await listReferenceSets()).toEqual([]);
  });

  it('shows what a file says as text, never as markup', async () => {
    const hostile = JSON.parse(jan14);
    hostile.event.title = '<img src=x onerror="alert(1)"> Launch';
    hostile.outlets[0].name = '<b>Bold</b> Wire';
    render(<ReferenceSets />, root);
    await until(() => root.textContent!.includes('No reference sets imported'));
    choose('hostile.json', JSON.stringify(hostile));
    await until(() => root.querySelector('.cc-refset') !== null);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.cc-refset b')).toBeNull();
    expect(root.querySelector('.cc-refset h3')!.textContent).toBe('<img src=x onerror="alert(1)"> Launch');
    expect(root.querySelector('.cc-refset-outlets li')!.textContent).toContain('<b>Bold</b> Wire');
  });
});
