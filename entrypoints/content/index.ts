/**
 * Content script: runs on every http(s) page (and file:// where allowed), in
 * every frame: a frame's article or draft is read in that frame, and the
 * background merges the frames' results for the tab.
 * Thin: lib/page/controller.ts does the work. highlights.css is declared as
 * this script's manifest CSS (page-level, so ::highlight() rules apply even
 * under a strict Content-Security-Policy).
 */
import './highlights.css';
import { runContentScript } from '@/lib/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    runContentScript(ctx);
  },
});
