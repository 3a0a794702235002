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
