/**
 * The draft controls: one per editor holding a draft about the launch, a
 * small button in the extension's overlay anchored to the editor's corner
 * ("3 to check ▾", placed by lib/page/draft-placement.ts) that opens a list
 * of what to check, worst first. The reader can dismiss an issue, mark the
 * draft checked (the control then says so until a new issue appears) and
 * close the list. Nothing is ever written to the editor: its claims are
 * listed, and choosing one selects its words (lib/page/reveal.ts).
 * This module keeps the reader's choices per editor and turns the scan's
 * entries into what the overlay draws.
 */
import type { PageClaim } from '../messages';
import { VERDICT_ORDER } from '../report';
import type { Entry } from './entries';
import { placeClosed, placeOpen, type Box } from './draft-placement';

export interface DraftControlState {
  /** `draft:<n>`, stable for the editor. */
  key: string;
  /** Claims to check (contradicted, disputed, unverified), worst first, without the dismissed ones. */
  issues: PageClaim[];
  /** Claims the outlets support. */
  supported: number;
  open: boolean;
  /** The reader marked the draft checked and no new issue has appeared since. */
  checked: boolean;
  closedAt: Box;
  openAt: Box;
}

/** An issue's identity across re-checks (ids are positions, which change as the draft is edited). */
export const issueKey = (c: PageClaim) => `${c.kind}|${c.text}|${String(c.value)}`;

/** Form fields a control must not cover. */
const FIELDS = 'input:not([type="hidden"]), textarea, select, button, [contenteditable]:not([contenteditable="false"])';
/** More fields than this are not all measured (a hostile page); the editor's own box stays free anyway. */
const MAX_FIELDS = 400;

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

export interface Drafts {
  /** What the overlay draws for these entries. */
  controls(entries: readonly Entry[]): DraftControlState[];
  toggle(key: string): void;
  close(key: string): void;
  dismiss(key: string, claim: PageClaim): void;
  markChecked(key: string, issues: readonly PageClaim[]): void;
}

export function createDrafts(doc: Document): Drafts {
  const win = doc.defaultView!;
  const ui = new Map<string, { open: boolean; dismissed: Set<string>; checked: Set<string> | null }>();
  const uiOf = (key: string) => {
    let u = ui.get(key);
    if (!u) ui.set(key, (u = { open: false, dismissed: new Set(), checked: null }));
    return u;
  };

  const obstaclesFor = (editor: Element): Box[] => {
    const out: Box[] = [];
    const fields = doc.querySelectorAll(FIELDS);
    for (let i = 0; i < fields.length && out.length < MAX_FIELDS; i++) {
      const f = fields[i]!;
      if (f === editor || f.contains(editor) || editor.contains(f)) continue;
      const r = f.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) out.push(boxOf(r));
    }
    return out;
  };

  return {
    controls(entries) {
      const byEditor = new Map<Element, { key: string; claims: PageClaim[] }>();
      for (const e of entries) {
        if (!e.editor) continue;
        const g = byEditor.get(e.editor) ?? { key: e.claim.id.split(':').slice(0, 2).join(':'), claims: [] };
        g.claims.push(e.claim);
        byEditor.set(e.editor, g);
      }
      const out: DraftControlState[] = [];
      for (const [editor, { key, claims }] of byEditor) {
        const r = editor.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const u = uiOf(key);
        const issues = claims
          .filter((c) => c.verdict !== 'supported' && !u.dismissed.has(issueKey(c)))
          .sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || a.start - b.start);
        // A new issue since the draft was marked checked brings the control back.
        if (u.checked && issues.some((c) => !u.checked!.has(issueKey(c)))) u.checked = null;
        const obstacles = obstaclesFor(editor);
        const vw = win.innerWidth;
        const vh = win.innerHeight;
        out.push({
          key,
          issues,
          supported: claims.length - claims.filter((c) => c.verdict !== 'supported').length,
          open: u.open,
          checked: u.checked !== null,
          closedAt: placeClosed(boxOf(r), obstacles, vw, vh),
          openAt: placeOpen(boxOf(r), obstacles, vw, vh),
        });
      }
      return out;
    },
    toggle(key) {
      const u = uiOf(key);
      u.open = !u.open;
    },
    close(key) {
      uiOf(key).open = false;
    },
    dismiss(key, claim) {
      uiOf(key).dismissed.add(issueKey(claim));
    },
    markChecked(key, issues) {
      const u = uiOf(key);
      u.checked = new Set(issues.map(issueKey));
      u.open = false;
    },
  };
}
