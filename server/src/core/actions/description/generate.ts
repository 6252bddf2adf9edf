import { findTextField } from '../../article/frontMatter';
import type { Article } from '../../article/model';
import type { Settings } from '../../config/settings';
import { frenchTypography } from './french';
import { describeCandidates, type SummaryWeights } from './summarize';

/** The descriptions « generate the meta description » offers for this article (up to three, best first). */
export function generateDescriptions(article: Article, settings: Settings, weights?: Partial<SummaryWeights>): string[] {
  const keyphrase = findTextField(article.frontMatter, settings.frontMatter.keyphraseFields)?.text.trim();
  return describeCandidates(article, { ...(keyphrase ? { keyphrase } : {}), ...(weights ? { weights } : {}), maxPx: settings.serp.descriptionMaxPx,
    finish: (d) => frenchTypography(d, settings.typography.space),
  });
}

/** The description « generate the meta description » would write for this article. */
export function generateDescription(article: Article, settings: Settings, weights?: Partial<SummaryWeights>): string | undefined {
  return generateDescriptions(article, settings, weights)[0];
}
