/**
 * The first-run page: what Crosscheck checks (the launch and the outlets,
 * read from the reference set it ships with), what the marks mean, that
 * nothing leaves the browser, and how to reach it (toolbar, side panel,
 * shortcuts, the context menu).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Loaded } from '@/lib/reference/validate';
import { damagedMessage } from '@/lib/reference/validate';
import { Legend } from './Legend';

/** The commands' shortcuts as the browser has them (the reader may have changed them). */
function useShortcuts(): { description: string; shortcut: string }[] {
  const [list, setList] = useState<{ description: string; shortcut: string }[]>([]);
  useEffect(() => {
    void browser.commands?.getAll().then((all) => setList(all.filter((c) => c.description).map((c) => ({ description: c.description!, shortcut: c.shortcut || 'not set' }))));
  }, []);
  return list;
}

export function Welcome({ loaded }: { loaded: Loaded }) {
  const shortcuts = useShortcuts();
  if (!loaded.ok) {
    return (
      <main class="cc-page">
        <h1>Crosscheck</h1>
        <p role="alert">{damagedMessage(loaded.reason)}</p>
      </main>
    );
  }
  const ref = loaded.reference;
  return (
    <main class="cc-page">
      <h1>Crosscheck is ready</h1>
      <section aria-labelledby="w-what">
        <h2 id="w-what">What it checks</h2>
        <p>
          Claims about one event: {ref.event.title}. In pages you read and drafts you write, Crosscheck finds what
          they say about it (how far and how high the missile flew, how fast, when and where, what kind of missile, who said what) and compares each
          claim with what these {ref.outlets.length} outlets reported:
        </p>
        <ul class="cc-outlet-names">
          {ref.outlets.map((o) => (
            <li key={o.id}>{o.name}</li>
          ))}
        </ul>
        <p>Pages about anything else are left alone.</p>
      </section>
      <section aria-labelledby="w-marks">
        <h2 id="w-marks">What the marks mean</h2>
        <Legend plain />
        <p>Hover or click a marked claim to see the outlets' values, a number line for figures, and their quotes.</p>
      </section>
      <section aria-labelledby="w-private">
        <h2 id="w-private">Nothing leaves your browser</h2>
        <p>The checker and the outlets' reporting are bundled with the extension. It sends nothing over the network, and keeps no history.</p>
      </section>
      <section aria-labelledby="w-how">
        <h2 id="w-how">Where to find it</h2>
        <ul>
          <li>The toolbar button: the page's claims, needing attention first, and a box to check any text.</li>
          <li>Select text in a page, right-click, “Check with Crosscheck”.</li>
          <li>
            Keyboard (change the keys in the browser's shortcut settings, linked from Crosscheck's options):
            <ul class="cc-shortcuts">
              {shortcuts.map((c) => (
                <li key={c.description}>
                  {c.description}: <kbd>{c.shortcut}</kbd>
                </li>
              ))}
            </ul>
          </li>
        </ul>
      </section>
    </main>
  );
}
