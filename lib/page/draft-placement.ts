/**
 * Where a draft's control goes, so that it never covers another field. The
 * closed control (a small "3 to check ▾" button) sits inside the editor's own
 * bottom-right corner; the open list goes beside the editor (right, left,
 * below, above) where it overlaps no other field and stays in the viewport,
 * else inside the editor's own box, sized to it (fields do not overlap each
 * other, so the editor's box is always free). Pure geometry on viewport
 * rectangles, so it can be tested without layout.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The closed control's size, px (fixed in lib/page/overlay.css). */
export const CLOSED_SIZE = { width: 116, height: 26 };
/** The open list's largest size, px (its CSS max-height and width). */
export const OPEN_SIZE = { width: 320, height: 280 };
const GAP = 4;

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a);
}

const inViewport = (b: Box, vw: number, vh: number) => b.left >= 0 && b.top >= 0 && right(b) <= vw && bottom(b) <= vh;
const free = (b: Box, obstacles: readonly Box[]) => obstacles.every((o) => !overlaps(b, o));

/** The closed control: inside the editor's bottom-right corner; outside it only when the editor is too small and there is room. */
export function placeClosed(editor: Box, obstacles: readonly Box[], vw: number, vh: number, size = CLOSED_SIZE): Box {
  const inside: Box = { left: right(editor) - size.width - GAP, top: bottom(editor) - size.height - GAP, ...size };
  if (editor.width >= size.width + 2 * GAP && editor.height >= size.height + 2 * GAP) return inside;
  const outside: Box[] = [
    { left: right(editor) + GAP, top: bottom(editor) - size.height, ...size },
    { left: editor.left - size.width - GAP, top: bottom(editor) - size.height, ...size },
    { left: right(editor) - size.width, top: bottom(editor) + GAP, ...size },
    { left: right(editor) - size.width, top: editor.top - size.height - GAP, ...size },
  ];
  return outside.find((b) => inViewport(b, vw, vh) && free(b, obstacles)) ?? { left: editor.left, top: editor.top, width: Math.max(1, editor.width), height: Math.max(1, Math.min(size.height, editor.height)) };
}

/** The open list: beside the editor where it covers no other field, else inside the editor's own box. */
export function placeOpen(editor: Box, obstacles: readonly Box[], vw: number, vh: number, size = OPEN_SIZE): Box {
  const w = Math.min(size.width, vw - 2 * GAP);
  const h = Math.min(size.height, vh - 2 * GAP);
  const clampTop = (t: number) => Math.max(GAP, Math.min(t, vh - h - GAP));
  const clampLeft = (l: number) => Math.max(GAP, Math.min(l, vw - w - GAP));
  const candidates: Box[] = [
    { left: right(editor) + GAP, top: clampTop(editor.top), width: w, height: h },
    { left: editor.left - w - GAP, top: clampTop(editor.top), width: w, height: h },
    { left: clampLeft(right(editor) - w), top: bottom(editor) + GAP, width: w, height: h },
    { left: clampLeft(right(editor) - w), top: editor.top - h - GAP, width: w, height: h },
  ];
  const beside = candidates.find((b) => inViewport(b, vw, vh) && free(b, obstacles) && !overlaps(b, editor));
  if (beside) return beside;
  // Inside the editor, within the viewport.
  const left = Math.max(editor.left, 0);
  const top = Math.max(editor.top, 0);
  return { left, top, width: Math.max(1, Math.min(right(editor), vw) - left), height: Math.max(1, Math.min(bottom(editor), vh) - top) };
}
