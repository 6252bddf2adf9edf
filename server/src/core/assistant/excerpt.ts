// The parts of the article a prompt carries: only what the task needs, cut at a block boundary so
// that a long article never makes a request of unbounded size.
import type { Article, Block } from '../article/model';
import { plainInline } from '../article/plainText';

/** The most characters of article text a prompt carries (about 2 000 tokens of French). */
export const MAX_EXCERPT = 6000;

function blockText(article: Article, b: Block): string | undefined {
  if (b.kind === 'code' || b.kind === 'html' || b.kind === 'table') return undefined;
  const raw = article.text.slice(b.span.start, b.span.end);
  if (b.kind === 'heading') {
    const h = b.headingIndex !== undefined ? article.headings[b.headingIndex] : undefined;
    return h ? `${'#'.repeat(h.level)} ${h.text}` : undefined;
  }
  const text = plainInline(raw.replace(/^\s*(?:[-*+]|\d+[.)]|>)\s+/gm, ''));
  return text === '' ? undefined : b.kind === 'listItem' ? `- ${text}` : text;
}

/** The body's readable text from `from` (an offset), block by block, up to `max` characters. */
export function bodyExcerpt(article: Article, max = MAX_EXCERPT, from = article.bodyStart, to = article.text.length): string {
  const parts: string[] = [];
  let size = 0;
  article.blocks.forEach((b, i) => {
    if (i === article.titleBlock || b.span.start < from || b.span.start >= to || size >= max) return;
    const text = blockText(article, b);
    if (!text) return;
    const room = max - size;
    const piece = text.length <= room ? text : cutAtWord(text, room);
    if (piece === '') return;
    parts.push(piece);
    size += piece.length + 2;
  });
  return parts.join('\n\n');
}

function cutAtWord(text: string, max: number): string {
  if (max < 40) return '';
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut} […]`;
}

/** Bounded text of one passage (a paragraph, a sentence). */
export function bounded(text: string, max = MAX_EXCERPT): string {
  return text.length <= max ? text : cutAtWord(text, max);
}
