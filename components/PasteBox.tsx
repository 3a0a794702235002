/**
 * A box to paste any text (a draft, a quote, an excerpt) and check it with
 * the same engine, in the popup or side panel; the result is shown right
 * under it. An excerpt is taken to be about the 6 January 2025 launch unless
 * the reader unticks that (lib/paste-check.ts). The text stays in the
 * extension page. `initial` is text handed over by the context menu: it is
 * filled in and checked at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '@/lib/engine/dates';
import { EVENT_ID } from '@/lib/engine/launches';
import type { ReferenceSet } from '@/lib/engine/types';
import type { PastedText } from '@/lib/handoff';
import { checkPasted } from '@/lib/paste-check';
import { checkedEvents } from '@/lib/report';
import { ClaimList, type ListedClaim } from './ClaimList';
import { Summary } from './Summary';

interface Shown {
  relevant: boolean;
  about: string | null;
  mentions: string[];
  assumed: boolean;
  claims: ListedClaim[];
  from: string | null;
}

/** What the live region says when a check is done: short, the list itself is not read out. */
function pasteStatus(r: Shown): string {
  if (!r.relevant) return 'Checked: this text is not about the launch.';
  const attention = r.claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'disputed').length;
  return `Checked: ${r.claims.length} claim${r.claims.length === 1 ? '' : 's'}, ${attention} needing attention.`;
}

export function PasteBox({ reference, initial }: { reference: ReferenceSet; initial?: PastedText | null }) {
  const [text, setText] = useState('');
  const [assume, setAssume] = useState(true);
  const [result, setResult] = useState<Shown | null>(null);
  const run = (t: string, assumeThisLaunch: boolean, from: string | null = null) => {
    const r = checkPasted(t, reference, { assumeThisLaunch });
    setResult({
      relevant: r.relevant,
      about: r.about,
      mentions: r.mentions,
      assumed: r.assumed,
      claims: r.claims.map(({ sentence: _s, ...c }, i) => ({ ...c, id: `paste:${i}` })),
      from,
    });
  };
  useEffect(() => {
    if (!initial) return;
    setText(initial.text);
    run(initial.text, assume, initial.url);
  }, [initial?.at]);
  return (
    <section class="cc-paste" aria-labelledby="cc-paste-title">
      <h2 id="cc-paste-title">Check any text</h2>
      <label for="cc-paste-text">Paste a draft or a quote</label>
      <textarea id="cc-paste-text" rows={5} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <label class="cc-assume">
        <input type="checkbox" checked={assume} onChange={(e) => setAssume((e.target as HTMLInputElement).checked)} /> It is about the {formatDate(EVENT_ID)} launch
        (unless the text says otherwise)
      </label>
      <button type="button" class="cc-primary" onClick={() => run(text, assume)} disabled={text.trim() === ''}>
        Check text
      </button>
      <p class="cc-sr" role="status" aria-live="polite">
        {result ? pasteStatus(result) : ''}
      </p>
      <div class="cc-paste-result">
        {result ? (
          <>
            {result.from ? <p class="cc-muted">Selected text from {result.from}.</p> : null}
            {result.assumed ? <p class="cc-muted">Read as an excerpt about the {formatDate(EVENT_ID)} launch (it does not say which launch itself).</p> : null}
            <Summary relevant={result.relevant} claims={result.claims} about={result.about} mentions={result.mentions} events={checkedEvents(reference)} subject="This text" />
            <ClaimList claims={result.claims} reference={reference} label="Pasted text claims" />
          </>
        ) : null}
      </div>
    </section>
  );
}
