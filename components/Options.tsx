/**
 * The options page: sites where Crosscheck is paused (list, remove), what
 * is marked in pages by default, the keyboard shortcuts (and where the
 * browser lets them be changed), and the reference sets: the bundled one
 * with its version, and the imported ones (ReferenceSets).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bundledReference } from '@/lib/reference/bundled';
import { referenceVersion } from '@/lib/report';
import { getSettings, onSettingsChanged, setSettings, type Settings } from '@/lib/tab-store';
import { ReferenceSets } from './ReferenceSets';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

const isFirefox = () => typeof (browser.runtime as unknown as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

export function Options() {
  const [settings, setLocal] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getSettings().then(setLocal);
    void browser.commands
      ?.getAll()
      .then((all) => setShortcuts(all.filter((c) => c.name && c.description).map((c) => ({ name: c.name!, description: c.description!, shortcut: c.shortcut ?? '' }))));
    return onSettingsChanged(setLocal);
  }, []);
  const update = (next: Settings) => {
    setLocal(next);
    void setSettings(next).then(() => setStatus('Saved.'));
  };
  const openShortcuts = async () => {
    try {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    } catch {
      setStatus('This browser does not let an extension open its shortcut settings; follow the steps above.');
    }
  };
  const loaded = bundledReference();
  return (
    <main class="cc-page">
      <h1>Crosscheck options</h1>

      <section aria-labelledby="opt-marks">
        <h2 id="opt-marks">What is marked in pages</h2>
        {settings ? (
          <>
            <label class="cc-row">
              <input type="checkbox" checked={settings.highlights} onChange={(e) => update({ ...settings, highlights: (e.target as HTMLInputElement).checked })} /> Highlight
              claims in pages
            </label>
            <fieldset class="cc-marks">
              <legend>By default, mark</legend>
              <label class="cc-row">
                <input type="radio" name="marks" value="attention" checked={settings.marks === 'attention'} onChange={() => update({ ...settings, marks: 'attention' })} /> What
                needs attention (contradicted and disputed claims), and what cannot be checked, faintly
              </label>
              <label class="cc-row">
                <input type="radio" name="marks" value="all" checked={settings.marks === 'all'} onChange={() => update({ ...settings, marks: 'all' })} /> Every claim, supported
                ones too
              </label>
            </fieldset>
          </>
        ) : null}
      </section>

      <section aria-labelledby="opt-paused">
        <h2 id="opt-paused">Paused sites</h2>
        {settings && settings.pausedSites.length ? (
          <ul class="cc-paused">
            {settings.pausedSites.map((site) => (
              <li key={site}>
                <span>{site}</span>{' '}
                <button type="button" onClick={() => update({ ...settings, pausedSites: settings.pausedSites.filter((s) => s !== site) })} aria-label={`Remove ${site}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="cc-muted">No site is paused. Pause one from the popup's settings (⚙) while on it.</p>
        )}
      </section>

      <section aria-labelledby="opt-keys">
        <h2 id="opt-keys">Keyboard shortcuts</h2>
        <ul class="cc-shortcuts">
          {shortcuts.map((c) => (
            <li key={c.name} data-command={c.name}>
              {c.description}: <kbd>{c.shortcut || 'not set'}</kbd>
            </li>
          ))}
        </ul>
        {isFirefox() ? (
          <p>To change them, open about:addons, choose the gear menu and “Manage Extension Shortcuts”.</p>
        ) : (
          <p>
            <button type="button" onClick={() => void openShortcuts()}>
              Change shortcuts
            </button>{' '}
            <span class="cc-muted">(or open chrome://extensions/shortcuts)</span>
          </p>
        )}
      </section>

      <ReferenceSets />
      {loaded.ok ? (
        <p class="cc-muted">
          Bundled reference set: {loaded.reference.outlets.length} outlets, version <code>{referenceVersion(loaded.reference)}</code>.
        </p>
      ) : null}
      <p class="cc-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
