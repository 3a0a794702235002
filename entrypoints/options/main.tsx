/**
 * The options page: mounts components/Options with the bundled reference set.
 */
import { render } from 'preact';
import { Options } from '@/components/Options';
import '@/components/claims.css';
import '@/components/panel.css';
import '@/components/pages.css';

render(<Options />, document.getElementById('app')!);
