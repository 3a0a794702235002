/**
 * The popup and the side panel: a header with the page's verdicts (a
 * stacked bar of counts) and a gear for the settings (highlights, what is
 * marked, pause on this site); two tabs, "This page" (claims needing
 * attention first, supported ones collapsed, click to scroll; a legend) and
 * "Check text" (the paste box, also where the context menu's selection
 * lands); a fixed footer with "Copy report", "Download JSON" and "Open side
 * panel".
 *
 * Which tab: `?tab=<id>` in the page's address when given (tests, or a
 * window opened for a tab), else the active tab of the current window; the
 * side panel follows the active tab as it changes.
 *
 * It takes the loaded reference set or the reason it could not be loaded
 * (`Loaded`), so a damaged or mismatched bundle shows a clear message
 * instead of a blank or crashed panel, and a test can render either.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReferenceSet } from '@/lib/engine/types';
import { claimFrame, type TabResult } from '@/lib/messages';
import { damagedMessage, type Loaded } from '@/lib/reference/validate';
import { checkJson, checkedEvents, exportMeta, markdownReport } from '@/lib/report';
import { onPastedText, takePastedText, type PastedText } from '@/lib/handoff';
import { getSettings, getTabResult, onSettingsChanged, setSettings, siteOf, tabKey, type Settings } from '@/lib/tab-store';
import { ClaimList, type ListedClaim } from './ClaimList';
import { PasteBox } from './PasteBox';
import { Legend } from './Legend';
import { Summary, WHAT_WE_CHECK } from './Summary';
import { VerdictBar } from './VerdictBar';

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
  const [showSettings, setShowSettings] = useState(false);
  const gearRef = useRef<HTMLButtonElement>(null);
  const [view, setView] = useState<'page' | 'paste'>('page');
  const [pasted, setPasted] = useState<PastedText | null>(null);

  // Text handed over by the context menu's "Check with Crosscheck": shown in the paste tab, then forgotten.
  useEffect(() => {
    const take = () =>
      void takePastedText().then((p) => {
        if (!p) return;
        setPasted(p);
        setView('paste');
      });
    take();
    return onPastedText(take);
  }, []);

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
    const md = markdownReport(result, reference, result.title || result.url, exportMeta(result.url, result.scannedAt, reference));
    try {
      await navigator.clipboard.writeText(md);
      setStatus('Report copied as Markdown.');
    } catch {
      setStatus('Could not copy: the browser refused access to the clipboard.');
    }
  };

  const downloadJson = () => {
    if (!result) return;
    const blob = new Blob([`${JSON.stringify(checkJson(result, exportMeta(result.url, result.scannedAt, reference)), null, 2)}\n`], { type: 'application/json' });
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

  const canExport = !!result && result.claims.length > 0 && !paused;
  const attention = result ? result.claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'disputed').length : 0;

  return (
    <main class={`cc-panel cc-${mode}`}>
      <header class="cc-header">
        <div class="cc-titlebar">
          <h1>Crosscheck</h1>
          <button
            ref={gearRef}
            type="button"
            class="cc-gear"
            aria-expanded={showSettings}
            aria-controls="cc-settings"
            title="Settings"
            onClick={() => setShowSettings(!showSettings)}
          >
            <span aria-hidden="true">⚙</span>
            <span class="cc-sr">Settings</span>
          </button>
        </div>
        {result && !paused && result.relevant && result.claims.length > 0 ? (
          <p class="cc-verdict-line">
            {attention ? `${attention} claim${attention === 1 ? '' : 's'} need${attention === 1 ? 's' : ''} attention` : 'Nothing here needs attention'} · {result.claims.length} checked
          </p>
        ) : null}
        {result && !paused && result.claims.length > 0 ? <VerdictBar claims={result.claims} /> : null}
      </header>

      {showSettings && settings ? (
        <section
          id="cc-settings"
          class="cc-settings"
          aria-labelledby="cc-settings-title"
          onKeyDown={(e) => {
            // Escape closes the settings and returns focus to the gear.
            if (e.key !== 'Escape') return;
            e.preventDefault();
            setShowSettings(false);
            gearRef.current?.focus();
          }}
        >
          <h2 id="cc-settings-title">Settings</h2>
          <label>
            <input type="checkbox" checked={settings.highlights} onChange={(e) => update({ ...settings, highlights: (e.target as HTMLInputElement).checked })} /> Highlight
            claims in pages
          </label>
          <fieldset class="cc-marks">
            <legend>What is marked</legend>
            <label>
              <input type="radio" name="cc-marks" value="attention" checked={settings.marks === 'attention'} onChange={() => update({ ...settings, marks: 'attention' })} />{' '}
              What needs attention (and what cannot be checked, faintly)
            </label>
            <label>
              <input type="radio" name="cc-marks" value="all" checked={settings.marks === 'all'} onChange={() => update({ ...settings, marks: 'all' })} /> Every claim
            </label>
          </fieldset>
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
          <button type="button" class="cc-linklike" onClick={() => void browser.runtime.openOptionsPage()}>
            All options
          </button>
        </section>
      ) : null}

      <div class="cc-tabs" role="tablist" aria-label="Crosscheck views">
        {(
          [
            ['page', 'This page'],
            ['paste', 'Check text'],
          ] as const
        ).map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`cc-tab-${id}`}
            aria-selected={view === id}
            aria-controls={`cc-view-${id}`}
            tabIndex={view === id ? 0 : -1}
            onClick={() => setView(id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = view === 'page' ? 'paste' : 'page';
                setView(next);
                (document.getElementById(`cc-tab-${next}`) as HTMLElement | null)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>

      <section id="cc-view-page" role="tabpanel" aria-labelledby="cc-tab-page" hidden={view !== 'page'} class="cc-view">
        <h2 id="cc-page-title" class="cc-sr">This page</h2>
        {paused ? (
          <p class="cc-empty" role="status">
            Crosscheck is paused on {site}: it does not read this site's pages. Untick “Pause” in the settings (⚙) to check it.
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
            <Summary relevant={result.relevant} claims={result.claims} total={result.total} about={result.about} mentions={result.mentions} events={checkedEvents(reference)} subject="This page" bar={false} />
            {result.highlights === 'unsupported' ? (
              <p class="cc-muted">This browser cannot highlight text without changing the page, so claims are only listed here; choose one to select it in the page.</p>
            ) : null}
            {result.ownOutlet ? <p class="cc-muted">This page is one of the reference articles; it is compared with the other four only.</p> : null}
            <ClaimList claims={result.claims} reference={reference} onReveal={reveal} label="Page claims" />
          </>
        )}
        <Legend />
      </section>

      <section id="cc-view-paste" role="tabpanel" aria-labelledby="cc-tab-paste" hidden={view !== 'paste'} class="cc-view">
        <PasteBox reference={reference} initial={pasted} />
      </section>

      <footer class="cc-footer">
        <button type="button" onClick={() => void copyReport()} disabled={!canExport}>
          Copy report
        </button>
        <button type="button" onClick={downloadJson} disabled={!canExport}>
          Download JSON
        </button>
        {mode === 'popup' ? (
          <button type="button" class="cc-open-panel" onClick={() => void openSidePanel()}>
            Open side panel
          </button>
        ) : null}
        <p class="cc-status" role="status" aria-live="polite">
          {status}
        </p>
      </footer>
    </main>
  );
}
