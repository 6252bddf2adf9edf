import type { Tree, TreeFragment } from '@lezer/common';
import { parser as baseParser, Autolink, Strikethrough, Table, TaskList, type InlineContext, type InlineParser, type MarkdownConfig } from '@lezer/markdown';
import type { Image, Link } from './model';
import type { Span } from '../base/span';
import { detached } from '../base/memo';
import type { Steps } from '../base/steps';

/** Letters, digits and `_`, ASCII only: what `\w` matches without the `u` flag. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const autolink = (Autolink.parseInline as readonly InlineParser[])[0];

/**
 * GFM's bare-URL parser, asked at every character of every paragraph, runs a regular expression test
 * and a sticky one each time: half of the Markdown parse. It cannot match after a word character, nor
 * at a character that starts none of its forms (`www.`, `http`, `mailto:`, `xmpp:`, an e-mail address:
 * all begin with a letter, a digit or `_.+-`), so those are answered at once; the rest is GFM's own.
 */
const FastAutolink: MarkdownConfig = {
  parseInline: [
    {
      ...autolink,
      parse(cx: InlineContext, next: number, pos: number): number {
        if (!(isAsciiWord(next) || next === 46 || next === 43 || next === 45)) return -1;
        const relative = pos - cx.offset;
        if (relative > 0 && isAsciiWord(cx.text.charCodeAt(relative - 1))) return -1;
        return autolink.parse(cx, next, pos);
      },
    },
  ],
};

/** GFM (tables, task lists, strikethrough, bare URLs), with the faster bare-URL parser. */
export const parser = baseParser.configure([Table, TaskList, Strikethrough, FastAutolink]);

export type RawBlockKind = 'paragraph' | 'heading' | 'listItem' | 'quote' | 'table' | 'code' | 'html';

/** A block as the Markdown parser sees it, before words are counted. */
export interface RawBlock {
  kind: RawBlockKind;
  span: Span;
  depth: number;
  /** For headings. */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
  textSpan?: Span;
  headingSource?: 'atx' | 'setext' | 'html';
}

export interface MarkdownScan {
  blocks: RawBlock[];
  /** Ranges that are not prose (code, HTML, URLs, marks, template tags), in any order. */
  masks: Span[];
  images: Image[];
  links: Link[];
  /** The syntax tree, kept so that the next version can be parsed incrementally. */
  tree: Tree;
}

/** Inline nodes whose whole text is not prose. */
const MASKED_INLINE = new Set([
  'InlineCode', 'HTMLTag', 'URL', 'Image', 'LinkMark', 'Autolink', 'EmphasisMark', 'HeaderMark', 'QuoteMark',
  'ListMark', 'TableDelimiter', 'CodeMark', 'Escape', 'Entity', 'Comment', 'TaskMarker', 'LinkLabel',
  'LinkTitle', 'StrikethroughMark', 'ProcessingInstruction', 'HardBreak',
]);

/** Whole blocks that are not prose. */
const MASKED_BLOCK: Record<string, RawBlockKind> = {
  FencedCode: 'code',
  CodeBlock: 'code',
  HTMLBlock: 'html',
  CommentBlock: 'html',
  ProcessingInstructionBlock: 'html',
  LinkReference: 'html',
};

const HTML_HEADING = /^[ \t]*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>[ \t]*$/i;
const MDX_STATEMENT = /^(?:import|export)\s+(?:\{|\*|type\s|default\b|const\b|let\b|function\b|async\b|class\b|[\w$]+\s*(?:,|from\b))/;
/** Liquid `{% %}`, `{{ }}` and Hugo shortcodes `{{< >}}` `{{% %}}`, bounded so unclosed tags stay cheap. */
const TEMPLATE_TAG = /\{%[^]{0,2000}?%\}|\{\{[^]{0,2000}?\}\}/g;

/** Parser steps (a block or a line each) and tree nodes visited between two pauses. */
const PARSE_STEPS_PER_PAUSE = 64;
const NODES_PER_PAUSE = 2048;

/**
 * Parses the Markdown body (`source` has the front matter already blanked out, offsets unchanged) into
 * blocks in document order and the ranges that are not prose, in slices: it pauses every few parser
 * steps and every few thousand nodes walked.
 */
export function* scanMarkdownSteps(source: string, fragments?: readonly TreeFragment[]): Steps<MarkdownScan> {
  const blocks: RawBlock[] = [];
  const masks: Span[] = [];
  const images: Image[] = [];
  const links: Link[] = [];
  const parse = parser.startParse(source, fragments);
  let tree: Tree | null;
  for (let n = 1; !(tree = parse.advance()); n++) if (n % PARSE_STEPS_PER_PAUSE === 0) yield 'parse';
  const cursor = tree.cursor();
  let depth = 0;
  // Counters rather than a stack of names: a paragraph asks only whether it sits in a list or a quote,
  // a URL whether it is a link's target.
  let inList = 0;
  let inQuote = 0;
  let inLink = 0;

  /** Reads the alt text or link text and the URL of an `Image` or `Link` node (cursor on it). */
  const recordLink = (name: string, from: number, to: number): void => {
    const node = cursor.node;
    const marks = node.getChildren('LinkMark');
    const urlNode = node.getChild('URL');
    const url = urlNode ? detached(source.slice(urlNode.from, urlNode.to).replace(/^<|>$/g, '')) : undefined;
    if (name === 'Image') {
      const altStart = marks[0] ? marks[0].to : from + 2;
      const altEnd = marks[1] ? marks[1].from : altStart;
      images.push({ span: { start: from, end: to }, alt: detached(source.slice(altStart, altEnd).trim()), ...(url !== undefined ? { url } : {}), source: 'markdown' });
    } else {
      links.push({ span: { start: from, end: to }, ...(url !== undefined ? { url } : {}), source: 'markdown' });
    }
  };

  /** Handles the node under the cursor; returns whether to walk into its children. */
  const enter = (): boolean => {
    const name = cursor.name;
    const from = cursor.from;
    const to = cursor.to;
    if (name === 'Image' || name === 'Link') {
      recordLink(name, from, to);
      if (name === 'Image') {
        masks.push({ start: from, end: to });
        return false;
      }
      return true;
    } else if (name === 'Autolink' || (name === 'URL' && inLink === 0)) {
      const url = detached(source.slice(from, to).replace(/^<|>$/g, ''));
      links.push({ span: { start: from, end: to }, url, source: 'markdown' });
    } else if (name === 'HTMLTag') {
      scanHtml(source, { start: from, end: to }, images, links);
    }
    if (MASKED_INLINE.has(name)) {
      masks.push({ start: from, end: to });
      return false;
    }
    const masked = MASKED_BLOCK[name];
    // lezer can close an indented code block at once, before the \n of a CRLF (« >\t\r\n »):
    // an empty block holds nothing, and its offset would split the line break.
    if (masked && from === to) return false;
    if (masked) {
      const heading = name === 'HTMLBlock' ? htmlHeading(source, from, to) : undefined;
      if (heading) {
        blocks.push({ kind: 'heading', span: { start: from, end: to }, depth, ...heading });
        masks.push({ start: from, end: heading.textSpan.start }, { start: heading.textSpan.end, end: to });
        maskInline(source, heading.textSpan, masks);
      } else {
        blocks.push({ kind: masked, span: { start: from, end: to }, depth });
        masks.push({ start: from, end: to });
        if (name === 'HTMLBlock') scanHtml(source, { start: from, end: to }, images, links);
      }
      return false;
    }
    if (name.startsWith('ATXHeading') || name.startsWith('SetextHeading')) {
      const level = Number(name.slice(-1)) as 1 | 2 | 3 | 4 | 5 | 6;
      const atx = name.startsWith('ATX');
      blocks.push({
        kind: 'heading',
        span: { start: from, end: to },
        depth,
        level,
        textSpan: atx ? atxText(source, from, to) : setextText(source, from, to),
        headingSource: atx ? 'atx' : 'setext',
      });
      return true;
    }
    if (name === 'Paragraph') {
      const firstLine = source.slice(from, Math.min(to, from + 200));
      if (depth === 0 && MDX_STATEMENT.test(firstLine)) {
        blocks.push({ kind: 'html', span: { start: from, end: to }, depth });
        masks.push({ start: from, end: to });
        return false;
      }
      blocks.push({ kind: inQuote > 0 ? 'quote' : inList > 0 ? 'listItem' : 'paragraph', span: { start: from, end: to }, depth });
      return true;
    }
    if (name === 'Table') {
      blocks.push({ kind: 'table', span: { start: from, end: to }, depth });
      return true;
    }
    return true;
  };

  // An explicit walk, not recursion: 10 000 nested quotes or list items must not exhaust the stack.
  // 0: no container; 1: list item; 2: quote; 3: link (only its URL child is read differently).
  type Container = 0 | 1 | 2 | 3;
  const containerOf = (name: string): Container => (name === 'ListItem' ? 1 : name === 'Blockquote' ? 2 : name === 'Link' ? 3 : 0);
  const open = (container: Container): void => {
    if (container === 3) inLink++;
    else if (container !== 0) {
      depth++;
      if (container === 1) inList++;
      else inQuote++;
    }
  };
  const leave = (container: Container): void => {
    if (container === 3) inLink--;
    else if (container !== 0) {
      depth--;
      if (container === 1) inList--;
      else inQuote--;
    }
  };
  /** For each ancestor the walk went into: which container it is (0 for none). */
  const entered: Container[] = [];
  let visited = 0;
  // Top-level blocks one by one. A block the parser reused from the previous version's tree is the
  // same `Tree` object, over the same text: what its walk recorded is copied, shifted, not walked
  // again (in a book, all but the edited block).
  for (let more = cursor.firstChild(); more; more = cursor.nextSibling()) {
    const node = cursor.tree;
    const base = cursor.from;
    const known = node && nodeScans.get(node);
    if (known) {
      appendShifted(known, base, blocks, masks, images, links);
      continue;
    }
    const mark = [blocks.length, masks.length, images.length, links.length] as const;
    // The node's subtree, depth first; ends back on the node itself.
    walk: for (;;) {
      if (++visited % NODES_PER_PAUSE === 0) yield 'parse';
      const container = containerOf(cursor.name);
      const down = enter();
      open(container);
      if (down && cursor.firstChild()) {
        entered.push(container);
        continue;
      }
      leave(container);
      for (;;) {
        if (entered.length === 0) break walk;
        if (cursor.nextSibling()) continue walk;
        cursor.parent();
        leave(entered.pop() ?? 0);
      }
    }
    if (node) nodeScans.set(node, relativeScan(base, blocks.slice(mark[0]), masks.slice(mark[1]), images.slice(mark[2]), links.slice(mark[3])));
  }
  // The parser splits lines on LF only: a CRLF line's CR ends up inside the block; keep spans off it.
  for (const b of blocks) {
    b.span = withoutCr(source, b.span);
    if (b.textSpan) b.textSpan = withoutCr(source, b.textSpan);
  }
  maskTemplateTags(source, masks);
  return { blocks, masks, images, links, tree };
}

/** What walking one top-level node recorded, with offsets relative to the node's start. */
interface NodeScan {
  readonly blocks: readonly RawBlock[];
  readonly masks: readonly Span[];
  readonly images: readonly Image[];
  readonly links: readonly Link[];
}

/** By syntax node: the parser hands unchanged blocks on from version to version (weak: dropped with the tree). */
const nodeScans = new WeakMap<Tree, NodeScan>();

const moved = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

function movedBlock(b: RawBlock, by: number): RawBlock {
  const out: RawBlock = { kind: b.kind, span: moved(b.span, by), depth: b.depth };
  if (b.level !== undefined) out.level = b.level;
  if (b.textSpan) out.textSpan = moved(b.textSpan, by);
  if (b.headingSource) out.headingSource = b.headingSource;
  return out;
}

/**
 * The node's record, relative to its start. Its strings (alt texts, addresses) are copies, made when
 * they are read: a slice keeps the whole text it was cut from alive (the parser's source, with the
 * front matter blanked: one more copy of the document per version), and the node outlives that
 * version (the next versions reuse it), so each edit would have kept one more copy of the document.
 */
function relativeScan(base: number, blocks: readonly RawBlock[], masks: readonly Span[], images: readonly Image[], links: readonly Link[]): NodeScan {
  return {
    blocks: blocks.map((b) => movedBlock(b, -base)),
    masks: masks.map((m) => moved(m, -base)),
    images: images.map((i) => ({ ...i, span: moved(i.span, -base) })),
    links: links.map((l) => ({ ...l, span: moved(l.span, -base) })),
  };
}

function appendShifted(scan: NodeScan, base: number, blocks: RawBlock[], masks: Span[], images: Image[], links: Link[]): void {
  for (const b of scan.blocks) blocks.push(movedBlock(b, base));
  for (const m of scan.masks) masks.push(moved(m, base));
  for (const i of scan.images) images.push({ ...i, span: moved(i.span, base) });
  for (const l of scan.links) links.push({ ...l, span: moved(l.span, base) });
}

function withoutCr(source: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && source.charCodeAt(end - 1) === 13) end--;
  return end === span.end ? span : { start: span.start, end };
}

const HTML_IMG = /<img\b[^>]*>/gi;
// `<a href>`, and components written with `href` (`<Button href="/…">`, `<External href={'…'}>`):
// capitalised JSX tags render as links on MDX and Astro sites.
const HTML_A = /<(?:[aA]|[A-Z][\w.]*)\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|([^\s>{]+))[^>]*>/g;
const HTML_ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const HTML_SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Images and links written in HTML (`<img src alt>`, `<a href>`), bounded so large blocks stay cheap. */
function scanHtml(source: string, span: Span, images: Image[], links: Link[]): void {
  if (span.end - span.start > 20000) return;
  const html = source.slice(span.start, span.end);
  if (html.startsWith('<!--')) return;
  HTML_IMG.lastIndex = 0;
  for (let m = HTML_IMG.exec(html); m; m = HTML_IMG.exec(html)) {
    const alt = HTML_ALT.exec(m[0]);
    const src = HTML_SRC.exec(m[0]);
    const url = src ? detached(src[1] ?? src[2] ?? src[3]) : undefined;
    images.push({
      span: { start: span.start + m.index, end: span.start + m.index + m[0].length },
      alt: alt ? detached((alt[1] ?? alt[2] ?? alt[3] ?? '').trim()) : '',
      ...(url !== undefined ? { url } : {}),
      source: 'html',
    });
  }
  HTML_A.lastIndex = 0;
  for (let m = HTML_A.exec(html); m; m = HTML_A.exec(html)) {
    const url = m[1] ?? m[2] ?? m[3] ?? m[4];
    links.push({ span: { start: span.start + m.index, end: span.start + m.index + m[0].length }, url: url === undefined ? url : detached(url), source: 'html' });
  }
}

function atxText(source: string, from: number, to: number): Span {
  let s = from;
  while (s < to && source[s] === '#') s++;
  while (s < to && (source[s] === ' ' || source[s] === '\t')) s++;
  let e = to;
  while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  // A closing sequence of #s preceded by a space is not part of the text.
  let h = e;
  while (h > s && source[h - 1] === '#') h--;
  if (h < e && (h === s || source[h - 1] === ' ' || source[h - 1] === '\t')) {
    e = h;
    while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  }
  return { start: s, end: e };
}

function setextText(source: string, from: number, to: number): Span {
  let e = source.lastIndexOf('\n', to - 1);
  if (e < from) e = to;
  while (e > from && /\s/.test(source[e - 1])) e--;
  let s = from;
  while (s < e && (source[s] === ' ' || source[s] === '\t')) s++;
  return { start: s, end: e };
}

function htmlHeading(
  source: string,
  from: number,
  to: number,
): { level: 1 | 2 | 3 | 4 | 5 | 6; textSpan: Span; headingSource: 'html' } | undefined {
  if (to - from > 2000) return undefined;
  const raw = source.slice(from, to);
  const m = HTML_HEADING.exec(raw);
  if (!m) return undefined;
  const inner = raw.indexOf('>', raw.indexOf('<h') + 2) + 1;
  return {
    level: Number(m[1]) as 1 | 2 | 3 | 4 | 5 | 6,
    textSpan: { start: from + inner, end: from + inner + m[2].length },
    headingSource: 'html',
  };
}

/** Masks tags inside an HTML heading's content (`<h2><a id="x"></a>Titre</h2>`). */
function maskInline(source: string, span: Span, masks: Span[]): void {
  const inner = source.slice(span.start, span.end);
  const tag = /<[^>]*>/g;
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    masks.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
}

function maskTemplateTags(source: string, masks: Span[]): void {
  if (source.indexOf('{%') === -1 && source.indexOf('{{') === -1) return;
  TEMPLATE_TAG.lastIndex = 0;
  for (let m = TEMPLATE_TAG.exec(source); m; m = TEMPLATE_TAG.exec(source)) {
    masks.push({ start: m.index, end: m.index + m[0].length });
  }
}
