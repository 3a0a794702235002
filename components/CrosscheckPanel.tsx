/**
 * The popup and the side panel: the tab's result (summary, claims by
 * verdict, click to scroll), switches (pause on this site, highlights),
 * "Copy report", "Download JSON", and the paste box.
 *
 * Which tab: `?tab=<id>` in the page's address when given (tests, or a
 * window opened for a tab), else the active tab of the current window; the
 * side panel follows the active tab as it changes.
 *
 * It takes the loaded reference set or the reason it could not be loaded
 * (`Loaded`), so a damaged or mismatched bundle shows a clear message
 * instead of a blank or crashed panel, and a test can render either.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReferenceSet } from '@/lib/engine/types';
import { claimFrame, type TabResult } from '@/lib/messages';
import { damagedMessage, type Loaded } from '@/lib/reference/validate';
import { checkJson, markdownReport } from '@/lib/report';
import { getSettings, getTabResult, onSettingsChanged, setSettings, siteOf, tabKey, type Settings } from '@/lib/tab-store';
import { ClaimList, type ListedClaim } from './ClaimList';
import { PasteBox } from './PasteBox';
import { Summary, WHAT_WE_CHECK } from './Summary';

async function activeTab(): Promise<{ id: number; url: string | null } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

export function CrosscheckPanel({ loaded, mode }: { loaded: Loaded; mode: 'popup' | 'sidepanel' }) {
  if (!loaded.ok) {
    return (
      <main class={`cc-panel cc-${mode}`}>
        <h1>Crosscheck</h1>
        <p class="cc-empty cc-damaged" role="alert">
          {damagedMessage(loaded.reason)}
        </p>
      </main>
    );
  }
  return <PanelBody reference={loaded.reference} mode={mode} />;
}

function PanelBody({ reference, mode }: { reference: ReferenceSet; mode: 'popup' | 'sidepanel' }) {
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);
  const [result, setResult] = useState<TabResult | null>(null);
  const [settings, setLocalSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  // Which tab.
  useEffect(() => {
    const param = new URLSearchParams(location.search).get('tab');
    if (param && /^\d+$/.test(param)) setTab({ id: Number(param), url: null });
    else void activeTab().then(setTab);
    if (mode !== 'sidepanel') return;
    const follow = () => void activeTab().then(setTab);
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, [mode]);

  // The tab's result, kept current.
  useEffect(() => {
    if (!tab) return;
    let live = true;
    void getTabResult(tab.id).then((r) => live && setResult(r));
    const key = tabKey(tab.id);
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void getTabResult(tab.id).then((r) => live && setResult(r));
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [tab?.id]);

  useEffect(() => {
    void getSettings().then(setLocalSettings);
    return onSettingsChanged(setLocalSettings);
  }, []);

  const site = siteOf(result?.url ?? tab?.url ?? '');
  const paused = !!settings && !!site && settings.pausedSites.includes(site);

  const reveal = (c: ListedClaim) => {
    if (!tab) return;
    // Only the frame the claim is in (the content script runs in every frame; each would answer).
    const at = claimFrame(c.id);
    browser.tabs
      .sendMessage(tab.id, { type: 'reveal-claim', id: at.id }, { frameId: at.frameId })
      .then((reply: unknown) => {
        const ok = typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
        setStatus(ok ? `Showing “${c.text}” in the page.` : 'That claim is no longer in the page.');
      })
      .catch(() => setStatus('The page is not reachable; reload it.'));
  };

  const copyReport = async () => {
    if (!result) return;
    const md = markdownReport(result, reference, result.title || result.url);
    try {
      await navigator.clipboard.writeText(md);
      setStatus('Report copied as Markdown.');
    } catch {
      setStatus('Could not copy: the browser refused access to the clipboard.');
    }
  };

  const downloadJson = () => {
    if (!result) return;
    const blob = new Blob([`${JSON.stringify(checkJson(result), null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'crosscheck.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setStatus('JSON downloaded.');
  };

  /** From the popup: open the side panel (Chrome) or sidebar (Firefox), which stays open while reading. */
  const openSidePanel = async () => {
    const api = browser as unknown as {
      sidePanel?: { open(o: { tabId: number }): Promise<void> };
      sidebarAction?: { open(): Promise<void> };
    };
    try {
      if (api.sidePanel && tab) await api.sidePanel.open({ tabId: tab.id });
      else if (api.sidebarAction) await api.sidebarAction.open();
      else throw new Error('no side panel');
      window.close();
    } catch {
      setStatus('This browser could not open the side panel from here; use its side panel menu.');
    }
  };

  const update = (next: Settings) => {
    setLocalSettings(next);
    void setSettings(next);
  };

  return (
    <main class={`cc-panel cc-${mode}`}>
      <h1>Crosscheck</h1>
      {mode === 'popup' ? (
        <button type="button" class="cc-linklike cc-open-panel" onClick={() => void openSidePanel()}>
          Keep open in the side panel
        </button>
      ) : null}
      {settings ? (
        <fieldset class="cc-switches">
          <legend>Settings</legend>
          <label>
            <input
              type="checkbox"
              checked={paused}
              disabled={!site}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const sites = settings.pausedSites.filter((s) => s !== site);
                update({ ...settings, pausedSites: on ? [...sites, site] : sites });
              }}
            />{' '}
            Pause on {site || 'this site'}
          </label>
          <label>
            <input type="checkbox" checked={settings.highlights} onChange={(e) => update({ ...settings, highlights: (e.target as HTMLInputElement).checked })} /> Highlight
            claims in pages
          </label>
        </fieldset>
      ) : null}

      <section aria-labelledby="cc-page-title">
        <h2 id="cc-page-title">This page</h2>
        {paused ? (
          <p class="cc-empty" role="status">
            Crosscheck is paused on {site}: it does not read this site's pages. Untick “Pause” to check it.
          </p>
        ) : !result ? (
          <div class="cc-empty" role="status">
            <p>
              <strong>Nothing to show for this page.</strong> Either it is not about the 6 January 2025 launch, or Crosscheck cannot run here (browser
              pages, extension stores, PDF viewers).
            </p>
            <p class="cc-muted">{WHAT_WE_CHECK}</p>
          </div>
        ) : (
          <>
            <Summary relevant={result.relevant} claims={result.claims} total={result.total} about={result.about} mentions={result.mentions} subject="This page" />
            {result.highlights === 'unsupported' ? (
              <p class="cc-muted">This browser cannot highlight text without changing the page, so claims are only listed here; choose one to select it in the page.</p>
            ) : null}
            {result.ownOutlet ? <p class="cc-muted">This page is one of the reference articles; it is compared with the other four only.</p> : null}
            <ClaimList claims={result.claims} reference={reference} onReveal={reveal} label="Page claims" />
            {result.claims.length > 0 ? (
              <div class="cc-actions">
                <button type="button" onClick={() => void copyReport()}>
                  Copy report
                </button>
                <button type="button" onClick={downloadJson}>
                  Download JSON
                </button>
              </div>
            ) : null}
          </>
        )}
        <p class="cc-status" role="status" aria-live="polite">
          {status}
        </p>
      </section>

      <PasteBox reference={reference} />
    </main>
  );
}
