/**
 * Mounts the popup or side panel, or a plain error when the bundled
 * reference set cannot be read.
 */
import type { render as preactRender } from 'preact';
import { bundledReference } from '@/lib/reference/bundled';
import { CrosscheckPanel } from './CrosscheckPanel';
import './claims.css';
import './panel.css';

export function mountPanel(el: HTMLElement, mode: 'popup' | 'sidepanel', render: typeof preactRender): void {
  const loaded = bundledReference();
  render(
    loaded.ok ? (
      <CrosscheckPanel reference={loaded.reference} mode={mode} />
    ) : (
      <p role="alert">Crosscheck cannot run: {loaded.error}</p>
    ),
    el,
  );
}
