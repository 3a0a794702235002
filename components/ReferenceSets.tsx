/**
 * The options page's imported reference sets: choose a file made by
 * `npm run build:reference`, see it validated (its event's title and date,
 * its outlets) or why it cannot be used, and remove it. Everything shown from
 * a file (titles, outlet names, addresses) is text, never markup; addresses
 * are shown, not linked.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '@/lib/engine/dates';
import type { ReferenceSet } from '@/lib/engine/types';
import { bundledReference } from '@/lib/reference/bundled';
import { addReferenceSet, listReferenceSets, onReferenceSetsChanged, removeReferenceSet, type StoredSetInfo } from '@/lib/reference/store';

/** The bundled set, to refuse importing it again; null when it is damaged. */
const shipped = (): ReferenceSet | undefined => {
  const b = bundledReference();
  return b.ok ? b.reference : undefined;
};

export function ReferenceSets({ bundled = shipped() }: { bundled?: ReferenceSet }) {
  const [sets, setSets] = useState<StoredSetInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () =>
      listReferenceSets().then(
        (s) => live && setSets(s),
        (e: unknown) => live && setError(`The imported reference sets could not be read: ${(e as Error)?.message ?? e}.`),
      );
    void load();
    const off = onReferenceSetsChanged(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const r = await addReferenceSet(await file.text(), bundled);
      if (r.ok) {
        setAdded(`Imported: ${r.set.event.title}.`);
        setSets(await listReferenceSets());
      } else setError(`${file.name}: ${r.error}`);
    } catch (e) {
      setError(`${file.name} could not be read: ${(e as Error)?.message ?? e}.`);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const remove = async (s: StoredSetInfo) => {
    await removeReferenceSet(s.hash);
    setAdded(null);
    setSets(await listReferenceSets());
  };

  return (
    <section class="cc-refsets" aria-labelledby="cc-refsets-title">
      <h2 id="cc-refsets-title">Reference sets</h2>
      <p>
        Pages are checked against the bundled set{bundled ? ` (${bundled.event.title})` : ''} and the sets you import here, each passage against the event it speaks
        of. Build a set from your own sources with <code>npm run build:reference</code>.
      </p>
      <label for="cc-refsets-file">Import a reference set (.json)</label>{' '}
      <input id="cc-refsets-file" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void choose(e.currentTarget as HTMLInputElement)} />
      <p role="status" class="cc-refsets-status">
        {added}
      </p>
      {error ? (
        <p role="alert" class="cc-refsets-error">
          {error}
        </p>
      ) : null}
      {sets === null ? null : sets.length === 0 ? (
        <p class="cc-refsets-none">No reference sets imported.</p>
      ) : (
        <ul class="cc-refsets-list" aria-label="Imported reference sets">
          {sets.map((s) => (
            <li key={s.hash} class="cc-refset">
              <h3>{s.event.title}</h3>
              <p>
                {formatDate(s.event.date)} · {s.claims} claims from {s.outlets.length} outlet{s.outlets.length === 1 ? '' : 's'}
              </p>
              <ul class="cc-refset-outlets" aria-label={`Outlets of ${s.event.title}`}>
                {s.outlets.map((o) => (
                  <li key={o.id}>
                    {o.name}
                    {o.url ? <span class="cc-refset-url"> — {o.url}</span> : null}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => void remove(s)} aria-label={`Remove ${s.event.title}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
