// @vitest-environment happy-dom
/**
 * The popup / side panel component with damaged or mismatched reference
 * data: it says so, in words that tell the reader what to do, instead of
 * crashing or showing an empty panel. And with good data it shows the panel.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrosscheckPanel } from '../../components/CrosscheckPanel';
import { Summary } from '../../components/Summary';
import { bundledReference } from '../../lib/reference/bundled';
import { validateReference } from '../../lib/reference/validate';

const good = bundledReference();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const damaged: [string, unknown, string][] = [
  ['a newer version', { ...(good.ok ? good.reference : {}), version: 3 }, 'version 3 is not the version this build reads (2)'],
  ['an event that is none of its launches', { ...(good.ok ? good.reference : {}), event: { id: '2024-10-30', date: '2024-10-30', timeZone: 9, title: 'ICBM' } }, 'its event data: the event 2024-10-30 must be one of the launches'],
  ['not an object', 'garbage', 'it is not a JSON object (it is a string)'],
  ['a claim without its quote', good.ok ? { ...good.reference, claims: [{ ...good.reference.claims[0], quote: undefined }] } : null, 'claim 0 has no quote from its seed'],
];

describe('CrosscheckPanel with damaged reference data', () => {
  for (const mode of ['popup', 'sidepanel'] as const) {
    it.each(damaged)(`${mode}: %s shows the damage and what to do`, async (_name, data, reason) => {
      const loaded = validateReference(data);
      expect(loaded.ok).toBe(false);
      render(<CrosscheckPanel loaded={loaded} mode={mode} />, root);
      await sleep(0);
      const alert = root.querySelector('[role="alert"]');
      expect(alert?.textContent).toBe(`Crosscheck's reference data is damaged: ${reason}. Reinstall the extension.`);
      // Nothing else: no paste box, no claim list that would need the reference.
      expect(root.querySelector('textarea, .cc-claims, .cc-switches')).toBeNull();
      expect(root.querySelector('h1')?.textContent).toBe('Crosscheck');
    });
  }
});

describe('Summary', () => {
  const claims = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'distance' as const, text: `${i} km`, start: i, end: i + 1, value: i, qualifier: null, attribution: null, verdict: 'supported' as const, counts: { agree: 0, differ: 0 }, outlets: [], notes: [] }));

  it('says when a page makes more claims than are listed', () => {
    render(<Summary relevant claims={claims(500)} total={50_014} subject="This page" />, root);
    expect(root.textContent).toContain('500 claims checked');
    expect(root.textContent).toContain('It makes 50,014 claims in all; the first 500, in page order, are counted and listed here');
  });

  it('says nothing of the kind when every claim is listed', () => {
    render(<Summary relevant claims={claims(3)} subject="This page" />, root);
    expect(root.textContent).toContain('3 claims checked');
    expect(root.textContent).not.toContain('in all');
  });
});

describe('CrosscheckPanel with good reference data', () => {
  it('shows the panel (this page, the paste box), no alert', async () => {
    expect(good.ok).toBe(true);
    render(<CrosscheckPanel loaded={good} mode="popup" />, root);
    await sleep(20);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.textContent).toContain('This page');
    expect(root.querySelector('textarea')).not.toBeNull();
  });
});

describe('the panel as a product', () => {
  it('keeps the settings behind the gear, and switches tabs by click and arrow keys', async () => {
    render(<CrosscheckPanel loaded={good} mode="popup" />, root);
    await sleep(20);
    const gear = root.querySelector<HTMLButtonElement>('button.cc-gear')!;
    expect(gear.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('#cc-settings')).toBeNull();
    gear.click();
    await sleep(20);
    expect(gear.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('#cc-settings')?.textContent).toContain('What is marked');
    const radios = [...root.querySelectorAll<HTMLInputElement>('#cc-settings input[type="radio"]')];
    expect(radios.map((r) => `${r.value}:${r.checked}`)).toEqual(['attention:true', 'all:false']);
    // Escape closes them and gives focus back to the gear.
    radios[0]!.focus();
    radios[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await sleep(20);
    expect(root.querySelector('#cc-settings')).toBeNull();
    expect(document.activeElement).toBe(gear);
    const page = root.querySelector<HTMLElement>('#cc-view-page')!;
    const paste = root.querySelector<HTMLElement>('#cc-view-paste')!;
    expect([page.hidden, paste.hidden]).toEqual([false, true]);
    const tab = root.querySelector<HTMLButtonElement>('#cc-tab-page')!;
    tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await sleep(20);
    expect([page.hidden, paste.hidden]).toEqual([true, false]);
    expect(root.querySelector('#cc-tab-paste')?.getAttribute('aria-selected')).toBe('true');
    // The paste box is the first thing in its tab.
    expect(paste.querySelector('textarea')).not.toBeNull();
    // The footer's actions wait for a result.
    const footer = [...root.querySelectorAll<HTMLButtonElement>('.cc-footer button')].map((b) => `${b.textContent}:${b.disabled}`);
    expect(footer).toEqual(['Copy report:true', 'Download JSON:true', 'Open side panel:false']);
  });

  it("says which launch a page is about when it is another one, and that this one is only mentioned", () => {
    const claims = [{ kind: 'distance' as const, text: '1,100 km', start: 0, end: 8, value: 1100, qualifier: null, attribution: null, verdict: 'supported' as const, counts: { agree: 4, differ: 1 }, outlets: [], notes: [] }];
    render(<Summary relevant claims={claims} about="2025-01-14" mentions={['2025-01-06']} subject="This page" />, root);
    expect(root.textContent).toContain('This page is about the 14 January 2025 launch; it mentions this one (6 January 2025) in passing');
  });
});
