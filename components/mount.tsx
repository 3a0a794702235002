/**
 * Mounts the popup or side panel with the bundled reference set (or the
 * reason it cannot be used, which the panel shows instead of its contents).
 */
import type { render as preactRender } from 'preact';
import { bundledReference } from '@/lib/reference/bundled';
import { CrosscheckPanel } from './CrosscheckPanel';
import './claims.css';
import './panel.css';

export function mountPanel(el: HTMLElement, mode: 'popup' | 'sidepanel', render: typeof preactRender): void {
  render(<CrosscheckPanel loaded={bundledReference()} mode={mode} />, el);
}
