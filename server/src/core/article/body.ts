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
