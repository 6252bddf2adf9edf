import type { Tree, TreeFragment } from '@lezer/common';
import { parser as baseParser, GFM } from '@lezer/markdown';
import type { Span } from './model';

const parser = baseParser.configure([GFM]);

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

/**
 * Parses the Markdown body (`source` has the front matter already blanked out, offsets unchanged) into
 * blocks in document order and the ranges that are not prose.
 */
export function scanMarkdown(source: string, fragments?: readonly TreeFragment[]): MarkdownScan {
  const blocks: RawBlock[] = [];
  const masks: Span[] = [];
  const tree = parser.parse(source, fragments);
  const cursor = tree.cursor();
  let depth = 0;
  const containers: string[] = [];

  const visit = (): void => {
    const name = cursor.name;
    const from = cursor.from;
    const to = cursor.to;
    if (MASKED_INLINE.has(name)) {
      masks.push({ start: from, end: to });
      return;
    }
    const masked = MASKED_BLOCK[name];
    if (masked) {
      const heading = name === 'HTMLBlock' ? htmlHeading(source, from, to) : undefined;
      if (heading) {
        blocks.push({ kind: 'heading', span: { start: from, end: to }, depth, ...heading });
        masks.push({ start: from, end: heading.textSpan.start }, { start: heading.textSpan.end, end: to });
        maskInline(source, heading.textSpan, masks);
      } else {
        blocks.push({ kind: masked, span: { start: from, end: to }, depth });
        masks.push({ start: from, end: to });
      }
      return;
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
      descend();
      return;
    }
    if (name === 'Paragraph') {
      const firstLine = source.slice(from, Math.min(to, from + 200));
      if (depth === 0 && MDX_STATEMENT.test(firstLine)) {
        blocks.push({ kind: 'html', span: { start: from, end: to }, depth });
        masks.push({ start: from, end: to });
        return;
      }
      const inList = containers.includes('ListItem');
      const inQuote = containers.includes('Blockquote');
      blocks.push({ kind: inQuote ? 'quote' : inList ? 'listItem' : 'paragraph', span: { start: from, end: to }, depth });
      descend();
      return;
    }
    if (name === 'Table') {
      blocks.push({ kind: 'table', span: { start: from, end: to }, depth });
      descend();
      return;
    }
    const container = name === 'ListItem' || name === 'Blockquote';
    if (container) {
      containers.push(name);
      depth++;
    }
    descend();
    if (container) {
      containers.pop();
      depth--;
    }
  };

  const descend = (): void => {
    if (cursor.firstChild()) {
      do visit();
      while (cursor.nextSibling());
      cursor.parent();
    }
  };

  descend();
  maskTemplateTags(source, masks);
  return { blocks, masks, tree };
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
