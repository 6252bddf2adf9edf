import { generateDescriptions } from '../core/actions/description/generate';
import { writeDescription } from '../core/actions/description/frontMatterEdit';
import { addedFindings, analyze, GENERATOR_TARGETS, type Settings } from '../core';

/**
 * `plume describe [--all] FILE`: the descriptions « generate the meta description » offers, best first,
 * without those the description rules would flag once written (the same re-check gate as the editor).
 */
export function describeTexts(text: string, settings: Settings): string[] {
  const { article, findings } = analyze(text, settings);
  const field = settings.frontMatter.descriptionField;
  const titleKey = article.title?.source === 'frontMatter' ? article.title.field : undefined;
  return generateDescriptions(article, settings).filter((description) => {
    const edit = writeDescription(article, field, description, { replace: true, ...(titleKey ? { titleKey } : {}) });
    return edit !== undefined && addedFindings(text, [edit], findings, settings, GENERATOR_TARGETS.generateDescription ?? []).length === 0;
  });
}

/** `plume describe FILE`: the description « generate the meta description » would write, on one line. */
export function describeText(text: string, settings: Settings): string {
  return describeTexts(text, settings)[0] ?? '';
}
