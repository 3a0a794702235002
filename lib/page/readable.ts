/**
 * The text a reader sees on a page, as blocks with roles, and a map from that
 * text back to the page's Text nodes. Skips scripts, styles, hidden and
 * aria-hidden content; tells the article from navigation, asides, "related"
 * lists and footers; enters open shadow roots. Takes the document as a
 * parameter so it runs on a real page, in happy-dom, or in the `check` command.
 */
import { runToEnd, type Steps } from '../engine/steps';
import { furnitureRole, type Block, type BlockRole } from '../engine/text';
import { hiddenByAttributes } from './visibility';

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the readable text. */
  start: number;
  length: number;
}

export interface Readable {
  text: string;
  blocks: Block[];
  segments: Segment[];
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'OPTION', 'INPUT']);
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);
const FURNITURE_ROLES = /^(?:navigation|complementary|contentinfo|banner|search|menu|menubar|dialog|alert)$/;
const FURNITURE_NAMES = /(?:^|[\s_-])(?:related|more-stories|recommended|share|social|comments?|newsletter|subscribe|promo|advert\w*|ads?|sidebar|footer|menu|breadcrumbs?|nav(?:bar|igation)?|popular|trending|cookie|banner)(?:$|[\s_-])/i;
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'PRE', 'HEADER', 'DD', 'DT', 'DL', 'BR', 'HR', 'ADDRESS', 'TEXTAREA']);
const HEADINGS = /^H[1-6]$/;

export interface ReadOptions {
  /** Element to read; defaults to the page's article, else main, else body. */
  root?: Element;
  /** Whether an element is hidden (a real page can ask for layout). */
  isHidden?: (el: Element) => boolean;
  /**
   * Whether to read a page headline (h1) that sits outside the root first.
   * Defaults to true when no root is given, false when one is (an editor's
   * text must not pick up the page's headline).
   */
  headline?: boolean;
}

/** The article root: the element most likely to hold the story. */
export function articleRoot(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0]!;
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** How many nodes readable() visits between two pauses when run in slices. */
const NODES_PER_PAUSE = 2000;

export function readable(doc: Document, options: ReadOptions = {}): Readable {
  return runToEnd(readableSteps(doc, options));
}

/**
 * `readable` in slices: pauses every NODES_PER_PAUSE nodes. Run in slices on
 * a live page, the page may change between them; the segments then point at
 * nodes that moved or shrank, which lib/page/ranges.ts detects.
 */
export function* readableSteps(doc: Document, options: ReadOptions = {}): Steps<Readable> {
  const root = options.root ?? articleRoot(doc);
  const out: Readable = { text: '', blocks: [], segments: [] };
  if (!root) return out;
  const isHidden = options.isHidden ?? defaultHidden;
  let blockStart = -1;
  let role: BlockRole = 'prose';
  // The text is built from pieces joined once at the end, and only the current block is kept
  // as a string: indexing into one ever-growing concatenated string flattens it every time,
  // which made a page of 12,500 short blocks take seconds (quadratic).
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  let block = '';
  const append = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    lastChar = piece[piece.length - 1] ?? lastChar;
    if (blockStart >= 0) block += piece;
  };

  const closeBlock = () => {
    if (blockStart >= 0 && block.length > 0) {
      let s = 0;
      let e = block.length;
      while (s < e && block[s] === ' ') s++;
      while (e > s && block[e - 1] === ' ') e--;
      if (e > s) out.blocks.push({ start: blockStart + s, end: blockStart + e, role: finalRole(role, block.slice(s, e)) });
    }
    blockStart = -1;
    block = '';
  };

  const addText = (node: Text, blockRole: BlockRole) => {
    const data = node.data;
    if (!/\S/.test(data)) {
      if (blockStart >= 0 && data.length > 0 && lastChar !== ' ') append(' ');
      return;
    }
    if (blockStart < 0) {
      if (length > 0) append('\n\n');
      blockStart = length;
      role = blockRole;
    }
    out.segments.push({ node, start: length, length: data.length });
    // Same length as the node's data, so offsets map back one to one.
    append(data.replace(/[\t\n\r\f\v]/g, ' '));
  };

  /**
   * Depth-first, in document order, with an explicit stack rather than
   * recursion: a page can nest elements thousands deep, and a recursive walk
   * would overflow the call stack there. An item is a node to enter with the
   * role it inherits, a text node, or the end of a block.
   */
  type Item = { el: Element | ShadowRoot; role: BlockRole } | { text: Text; role: BlockRole } | null;
  let visited = 0;
  function* walk(start: Element | ShadowRoot, startRole: BlockRole): Steps<void> {
    const stack: Item[] = [{ el: start, role: startRole }];
    while (stack.length > 0) {
      if (++visited % NODES_PER_PAUSE === 0) yield;
      const item = stack.pop()!;
      if (item === null) {
        closeBlock();
        continue;
      }
      if ('text' in item) {
        addText(item.text, item.role);
        continue;
      }
      const el = item.el;
      // A shadow root is a document fragment; `'host' in el` would also match every <a> (its URL's host).
      const host = el.nodeType === 11 ? null : (el as Element);
      let childRole = item.role;
      if (host) {
        const tag = host.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || isHidden(host)) continue;
        if (isFurniture(host, tag)) continue;
        if (tag === 'FIGCAPTION' || tag === 'CAPTION') childRole = 'caption';
        else if (HEADINGS.test(tag)) childRole = 'heading';
      }
      const isBlock = host ? BLOCK_TAGS.has(host.tagName.toUpperCase()) : true;
      if (isBlock) closeBlock();
      // Pushed in reverse: the shadow root is read first, then the children in order, then the block ends.
      if (isBlock) stack.push(null);
      for (let child = el.lastChild; child; child = child.previousSibling) {
        if (child.nodeType === 3) stack.push({ text: child as Text, role: childRole });
        else if (child.nodeType === 1) stack.push({ el: child as Element, role: childRole });
      }
      const shadow = host ? (host as Element & { shadowRoot: ShadowRoot | null }).shadowRoot : null;
      if (shadow) stack.push({ el: shadow, role: childRole });
    }
  }

  // A headline often sits above the article element; read it first.
  const h1 = options.headline ?? options.root === undefined ? doc.querySelector('h1') : null;
  if (h1 && !root.contains(h1) && !isHidden(h1) && !h1.closest('nav, aside, footer')) yield* walk(h1, 'heading');
  yield* walk(root, 'prose');
  closeBlock();
  out.text = parts.join('');
  return out;
}

function isFurniture(el: Element, tag: string): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  if (tag === 'HEADER' && !el.querySelector('h1')) return true;
  const r = el.getAttribute('role');
  if (r && FURNITURE_ROLES.test(r)) return true;
  const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return names.length > 1 && FURNITURE_NAMES.test(names);
}

/** Without layout: hidden, aria-hidden, inert, or an inline display:none / visibility:hidden. */
const defaultHidden = hiddenByAttributes;

/** Prose blocks that credit an image or read as page furniture ("Also Read: …", a stamp) lose their claims. */
function finalRole(role: BlockRole, text: string): BlockRole {
  if (role !== 'prose') return role;
  return furnitureRole(text.trim()) ?? role;
}
