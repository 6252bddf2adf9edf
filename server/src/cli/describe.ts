import { generateDescription } from '../core/actions/description/generate';
import { parseArticle, type Settings } from '../core';

/** `plume describe FILE`: the description « generate the meta description » would write, on one line. */
export function describeText(text: string, settings: Settings): string {
  const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields });
  return generateDescription(article, settings) ?? '';
}
