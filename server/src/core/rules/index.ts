import { descriptionLengthRule } from './description-length';
import { descriptionMissingRule } from './description-missing';
import { frontMatterRule } from './front-matter';
import { minWordsRule } from './min-words';
import type { Rule } from './rule';
import { slugFormatRule } from './slug-format';
import { subheadingsRule } from './subheadings';
import { titleLanguageRule } from './title-language';
import { titleMissingRule } from './title-missing';
import { typoApostropheRule } from './typo-apostrophe';
import { typoEllipsisRule } from './typo-ellipsis';
import { typoNbspRule } from './typo-nbsp';
import { typoQuotesRule } from './typo-quotes';
import { typoSpacesRule } from './typo-spaces';

/** Every rule, in the order their diagnostics are listed. The ids are part of the public interface. */
export const RULES: readonly Rule[] = [
  frontMatterRule,
  titleMissingRule,
  titleLanguageRule,
  minWordsRule,
  subheadingsRule,
  descriptionMissingRule,
  descriptionLengthRule,
  slugFormatRule,
  typoNbspRule,
  typoQuotesRule,
  typoApostropheRule,
  typoEllipsisRule,
  typoSpacesRule,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
