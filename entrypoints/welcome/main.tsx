/**
 * The first-run page, opened once on install: mounts components/Welcome
 * with the bundled reference set.
 */
import { render } from 'preact';
import { Welcome } from '@/components/Welcome';
import { bundledReference } from '@/lib/reference/bundled';
import '@/components/claims.css';
import '@/components/panel.css';
import '@/components/pages.css';

render(<Welcome loaded={bundledReference()} />, document.getElementById('app')!);
