/**
 * The pointer over the page: hovering a claim's words opens its card after a
 * moment, a click on them pins it, a click elsewhere closes it. Highlights
 * are not elements, so claims are found by hit-testing their Ranges
 * (lib/page/hit-test.ts), at most once an animation frame while the pointer
 * moves. Which claims answer the pointer is the caller's choice: in
 * "attention" mode supported claims carry no mark, yet hovering their words
 * still opens their card.
 */
import type { CardController } from './card';
import type { Entry } from './entries';
import { rangeAtPoint } from './hit-test';

export interface PointerOptions {
  doc: Document;
  card: CardController;
  /** Claims that answer the pointer (each with a Range). */
  hoverable: () => readonly Entry[];
  /** Whether a node is the extension's own UI. */
  owns: (node: Node | null) => boolean;
}

export interface Pointer {
  onPointerMove(e: PointerEvent): void;
  onClick(e: MouseEvent): void;
}

export function createPointer(o: PointerOptions): Pointer {
  const win = o.doc.defaultView!;
  let frame = 0;

  const entryAt = (x: number, y: number): Entry | null => {
    const list = o.hoverable();
    const i = rangeAtPoint(o.doc, list.map((e) => e.range), x, y);
    return i >= 0 ? list[i]! : null;
  };

  return {
    onPointerMove(e) {
      if (frame || o.hoverable().length === 0) return;
      const { clientX: x, clientY: y } = e;
      const target = e.target as Node | null;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (o.owns(target)) return;
        const hit = entryAt(x, y);
        if (hit) o.card.hover(hit);
        else o.card.leave();
      });
    },
    onClick(e) {
      if (o.owns(e.target as Node | null)) return;
      if (e.button !== 0 || o.hoverable().length === 0) return;
      const hit = entryAt(e.clientX, e.clientY);
      // A claim inside a link still follows the link; the card opens too.
      if (hit) o.card.open(hit, hit.range!.getBoundingClientRect(), true, false);
      else if (o.card.state()) o.card.close(false);
    },
  };
}
