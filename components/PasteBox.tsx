/**
 * A box to paste any text (a draft, a quote) and check it with the same
 * engine, in the popup or side panel. The text stays in the extension page.
 */
import { useState } from 'preact/hooks';
import { check } from '@/lib/engine/check';
import type { ReferenceSet } from '@/lib/engine/types';
import { ClaimList, type ListedClaim } from './ClaimList';
import { Summary } from './Summary';

export function PasteBox({ reference }: { reference: ReferenceSet }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ relevant: boolean; about: string | null; mentions: string[]; claims: ListedClaim[] } | null>(null);
  const run = () => {
    const r = check(text, reference);
    setResult({ relevant: r.relevant, about: r.about, mentions: r.mentions, claims: r.claims.map(({ sentence: _s, ...c }, i) => ({ ...c, id: `paste:${i}` })) });
  };
  return (
    <section class="cc-paste" aria-labelledby="cc-paste-title">
      <h2 id="cc-paste-title">Check any text</h2>
      <label for="cc-paste-text">Paste a draft or a quote</label>
      <textarea id="cc-paste-text" rows={5} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="button" onClick={run} disabled={text.trim() === ''}>
        Check text
      </button>
      {result ? (
        <div class="cc-paste-result">
          <Summary relevant={result.relevant} claims={result.claims} about={result.about} mentions={result.mentions} subject="This text" />
          <ClaimList claims={result.claims} reference={reference} label="Pasted text claims" />
        </div>
      ) : null}
    </section>
  );
}
