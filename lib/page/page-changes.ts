/**
 * Which DOM mutations are the page's own changes worth a rescan: not typing
 * in an editor (the draft checks handle that), not the extension's own UI
 * host, not an empty childList record.
 */
import { editorOf } from './visibility';

/** Whether `records` hold a change that should trigger a rescan. `ignore` names nodes that are not the page's. */
export function pageChanged(records: readonly MutationRecord[], ignore?: (node: Node) => boolean): boolean {
  for (const r of records) {
    if (editorOf(r.target)) continue;
    if (ignore) {
      if (ignore(r.target)) continue;
      const touched = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (r.type === 'childList' && touched.length > 0 && touched.every(ignore)) continue;
    }
    if (r.type === 'childList' && r.addedNodes.length === 0 && r.removedNodes.length === 0) continue;
    return true;
  }
  return false;
}
