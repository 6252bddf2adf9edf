import { findTextField } from '../../article/frontMatter';
import type { Article } from '../../article/model';
import type { Settings } from '../../config/settings';
import { summarize, type SummaryWeights } from './summarize';

/** The description « generate the meta description » would write for this article. */
export function generateDescription(article: Article, settings: Settings, weights?: Partial<SummaryWeights>, max?: number): string | undefined {
  const keyphrase = findTextField(article.frontMatter, settings.frontMatter.keyphraseFields)?.text.trim();
  return summarize(article, { ...(keyphrase ? { keyphrase } : {}), ...(weights ? { weights } : {}), ...(max !== undefined ? { max } : {}) });
}
