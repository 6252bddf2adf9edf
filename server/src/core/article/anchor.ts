// Where a finding about the whole article sits (no keyphrase, too few words, no link, a share of
// sentences): one empty place at the start of the title or of the body. Empty, so that nothing is
// underlined; shared, so that the adapters know such findings and keep them off the title's range.
import type { Span } from '../base/span';
import type { Article } from './model';

/** The offset of the article's anchor: the title's start, else the first line with words, else the body's start. */
export function articleAnchorOffset(article: Article): number {
  if (article.title) return article.title.span.start;
  const first = article.blocks.find((b) => b.wordEnd > b.wordStart) ?? article.blocks[0];
  return first ? first.span.start : article.bodyStart;
}

/** Whether a finding's span is the article's anchor: a whole-article finding, not one about the title. */
export function isArticleWide(article: Article, span: Span): boolean {
  return span.start === span.end && span.start === articleAnchorOffset(article);
}
