/**
 * The sidepanel: mounts the shared CrosscheckPanel (components/) with the bundled reference set.
 */
import { render } from 'preact';
import { mountPanel } from '@/components/mount';

mountPanel(document.getElementById('app')!, 'sidepanel', render);
