/**
 * Whether an element is hidden from a reader, asked of a real browser's
 * layout (checkVisibility) where it exists, else read from attributes.
 * Editors (textarea, contenteditable) are left out of the page's article:
 * the scanner checks drafts separately; `editorOf` finds the editor a node
 * is in.
 */

/** Cheap attribute test that works without layout (happy-dom, detached trees). */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

type Visible = Element & { checkVisibility?: (o?: { visibilityProperty?: boolean; opacityProperty?: boolean }) => boolean };

/** Hidden by attributes, by CSS (display, visibility, content-visibility) or zero opacity. */
export function hiddenInBrowser(el: Element): boolean {
  if (hiddenByAttributes(el)) return true;
  const v = el as Visible;
  if (typeof v.checkVisibility !== 'function') return false;
  if (v.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  // display: contents has no box of its own, yet its children show.
  const view = el.ownerDocument.defaultView;
  return !(view && view.getComputedStyle(el).display === 'contents');
}

/** A root of an editor whose text is a draft: textarea, or the outermost contenteditable. */
export function isEditorRoot(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce === null || ce === 'false') return false;
  const parent = el.parentElement;
  return !parent || !parent.isContentEditable;
}

/** The editor root an event target or node belongs to, if any. */
export function editorOf(node: Node | null): Element | null {
  let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  let found: Element | null = null;
  while (el) {
    // An editor root is a textarea or carries the attribute (isEditorRoot); asking every ancestor
    // for isContentEditable would add nothing and costs a style lookup per level.
    if ((el.tagName === 'TEXTAREA' || el.hasAttribute('contenteditable')) && isEditorRoot(el)) found = el;
    el = el.parentElement;
  }
  return found;
}
