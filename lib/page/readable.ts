/**
 * The text a reader sees on a page, as blocks with roles, and a map from that
 * text back to the page's Text nodes. Skips scripts, styles, hidden and
 * aria-hidden content; tells the article from navigation, asides, "related"
 * lists and footers; enters open shadow roots. Takes the document as a
 * parameter so it runs on a real page, in happy-dom, or in the `check` command.
 */
import type { Block, BlockRole } from '../engine/text';
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

export function readable(doc: Document, options: ReadOptions = {}): Readable {
  const root = options.root ?? articleRoot(doc);
  const out: Readable = { text: '', blocks: [], segments: [] };
  if (!root) return out;
  const isHidden = options.isHidden ?? defaultHidden;
  let blockStart = -1;
  let role: BlockRole = 'prose';

  const closeBlock = () => {
    if (blockStart >= 0 && out.text.length > blockStart) {
      let s = blockStart;
      let e = out.text.length;
      while (s < e && out.text[s] === ' ') s++;
      while (e > s && out.text[e - 1] === ' ') e--;
      if (e > s) out.blocks.push({ start: s, end: e, role: finalRole(role, out.text.slice(s, e)) });
    }
    blockStart = -1;
  };

  const addText = (node: Text, blockRole: BlockRole) => {
    const data = node.data;
    if (!/\S/.test(data)) {
      if (blockStart >= 0 && data.length > 0 && !out.text.endsWith(' ')) out.text += ' ';
      return;
    }
    if (blockStart < 0) {
      if (out.text.length > 0) out.text += '\n\n';
      blockStart = out.text.length;
      role = blockRole;
    }
    out.segments.push({ node, start: out.text.length, length: data.length });
    // Same length as the node's data, so offsets map back one to one.
    out.text += data.replace(/[\t\n\r\f\v]/g, ' ');
  };

  const walk = (el: Element | ShadowRoot, inherited: BlockRole) => {
    const host = 'host' in el ? null : (el as Element);
    let childRole = inherited;
    if (host) {
      const tag = host.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || isHidden(host)) return;
      if (isFurniture(host, tag)) return;
      if (tag === 'FIGCAPTION' || tag === 'CAPTION') childRole = 'caption';
      else if (HEADINGS.test(tag)) childRole = 'heading';
    }
    const isBlock = host ? BLOCK_TAGS.has(host.tagName.toUpperCase()) : true;
    if (isBlock) closeBlock();
    const shadow = host ? (host as Element & { shadowRoot: ShadowRoot | null }).shadowRoot : null;
    if (shadow) walk(shadow, childRole);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child as Text, childRole);
      else if (child.nodeType === 1) walk(child as Element, childRole);
    }
    if (isBlock) closeBlock();
  };

  // A headline often sits above the article element; read it first.
  const h1 = options.headline ?? options.root === undefined ? doc.querySelector('h1') : null;
  if (h1 && !root.contains(h1) && !isHidden(h1) && !h1.closest('nav, aside, footer')) walk(h1, 'heading');
  walk(root, 'prose');
  closeBlock();
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

/** Prose blocks that only credit an image, or read as page furniture, lose their claims. */
function finalRole(role: BlockRole, text: string): BlockRole {
  if (role !== 'prose') return role;
  if (/\((?:image|photo|picture)\s+credit\b|\b(?:image|photo)\s*:\s*\S|picture alliance|getty images/i.test(text)) return 'caption';
  return role;
}
