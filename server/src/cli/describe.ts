import { generateDescriptions } from '../core/actions/description/generate';
import { parseArticle, type Settings } from '../core';

/** `plume describe [--all] FILE`: the descriptions « generate the meta description » offers, best first. */
export function describeTexts(text: string, settings: Settings): string[] {
  const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields });
  return generateDescriptions(article, settings);
}

/** `plume describe FILE`: the description « generate the meta description » would write, on one line. */
export function describeText(text: string, settings: Settings): string {
  return describeTexts(text, settings)[0] ?? '';
}
