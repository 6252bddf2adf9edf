// The article's body: the blocks that are prose, their sentences and words, without the title.
import type { Article, Block, Sentence } from './model';

/** Whether a block is body prose (not the title, not a heading, code or HTML). */
export function isBodyProse(article: Article, block: Block, index: number): boolean {
  return index !== article.titleBlock && (block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'quote' || block.kind === 'table');
}

const sentenceCache = new WeakMap<Article, Sentence[]>();

/** Sentences of body prose (headings and the title excluded), in order. */
export function bodySentences(article: Article): Sentence[] {
  let out = sentenceCache.get(article);
  if (!out) {
    out = [];
    article.blocks.forEach((b, i) => {
      if (isBodyProse(article, b, i) && b.kind !== 'table') out!.push(...article.sentences.slice(b.sentenceStart, b.sentenceEnd));
    });
    sentenceCache.set(article, out);
  }
  return out;
}

/** Whether a block is running text: a paragraph or a quote, not the title (lists and tables are not). */
export function isRunningText(article: Article, block: Block, index: number): boolean {
  return index !== article.titleBlock && (block.kind === 'paragraph' || block.kind === 'quote');
}

/** A checklist line written without a bullet (`[x] fait`, `☐ à faire`) or a definition line (`: sens`). */
const LIST_LIKE_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\[[ xX]\][ \t]|[☐☑☒✅✔✓❌][ \t]|:[ \t]+\S)/;
const ANY_LIST_LIKE_LINE = new RegExp(LIST_LIKE_LINE.source, 'm');

/**
 * Whether a paragraph is a list in disguise: every line but a definition list's terms is a checklist
 * line, or it holds definition lines (kramdown, markdown-it-deflist: `Terme` then `: définition`).
 * Its lines are items, not sentences of running text.
 */
export function isListLike(article: Article, block: Block): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return false;
  const text = article.text.slice(block.span.start, block.span.end);
  // Most blocks have no such line: one search, no lines cut (a book has thousands of blocks).
  if (!ANY_LIST_LIKE_LINE.test(text)) return false;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const marked = lines.filter((l) => LIST_LIKE_LINE.test(l)).length;
  if (marked === 0) return false;
  const definitions = lines.some((l) => /^[ \t]*:[ \t]+\S/.test(l));
  return definitions || marked === lines.length;
}
