/**
 * Mounts the popup or side panel with the bundled reference set and the
 * imported ones beside it (or the reason it cannot be used, which the panel
 * shows instead of its contents), so a card names any claim's outlets and the
 * paste box checks against every loaded event.
 */
import type { render as preactRender } from 'preact';
import { pageReference } from '@/lib/reference/bundled';
import { CrosscheckPanel } from './CrosscheckPanel';
import './claims.css';
import './panel.css';

export function mountPanel(el: HTMLElement, mode: 'popup' | 'sidepanel', render: typeof preactRender): void {
  void pageReference().then((loaded) => render(<CrosscheckPanel loaded={loaded} mode={mode} />, el));
}
