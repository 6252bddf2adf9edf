import { descriptionLengthRule } from './description-length';
import { descriptionMissingRule } from './description-missing';
import { frontMatterRule } from './front-matter';
import { keyphraseMissingRule } from './keyphrase-missing';
import { keyphraseLengthRule } from './keyphrase-length';
import { keyphraseInTitleRule } from './keyphrase-in-title';
import { keyphraseInIntroductionRule } from './keyphrase-in-introduction';
import { keyphraseInDescriptionRule } from './keyphrase-in-description';
import { keyphraseInSubheadingsRule } from './keyphrase-in-subheadings';
import { keyphraseInSlugRule } from './keyphrase-in-slug';
import { keyphraseDensityRule } from './keyphrase-density';
import { titleLengthRule } from './title-length';
import { descriptionWidthRule } from './description-width';
import { h1CountRule } from './h1-count';
import { headingHierarchyRule } from './heading-hierarchy';
import { paragraphLengthRule } from './paragraph-length';
import { imageAltRule } from './image-alt';
import { linksRule } from './links';
import { anchorLinksRule } from './anchor-links';
import { sentenceLengthRule } from './sentence-length';
import { readabilityRule } from './readability';
import { transitionWordsRule } from './transition-words';
import { passiveVoiceRule } from './passive-voice';
import { consecutiveSentencesRule } from './consecutive-sentences';
import { paragraphLanguageRule } from './paragraph-language';
import { minWordsRule } from './min-words';
import type { Rule } from './rule';
import { debrisSourceRule } from './debris-source';
import { debrisCreditRule } from './debris-credit';
import { debrisStrayRule } from './debris-stray';
import { debrisUiRule } from './debris-ui';
import { pseudoBulletsRule } from './pseudo-bullets';
import { blankLinesRule } from './blank-lines';
import { calquesRule } from './calques';
import { anglicismsRule } from './anglicisms';
import { englishFormatsRule } from './english-formats';
import { titleCaseRule } from './title-case';
import { fusedWordsRule } from './fused-words';
import { translatedNamesRule } from './translated-names';
import { leurPluralRule } from './leur-plural';
import { repetitionRule } from './repetition';
import { spellingRule } from './spelling';
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
  keyphraseMissingRule,
  keyphraseLengthRule,
  keyphraseInTitleRule,
  keyphraseInIntroductionRule,
  keyphraseInDescriptionRule,
  keyphraseInSubheadingsRule,
  keyphraseInSlugRule,
  keyphraseDensityRule,
  titleLengthRule,
  descriptionWidthRule,
  h1CountRule,
  headingHierarchyRule,
  paragraphLengthRule,
  imageAltRule,
  linksRule,
  anchorLinksRule,
  sentenceLengthRule,
  readabilityRule,
  transitionWordsRule,
  passiveVoiceRule,
  consecutiveSentencesRule,
  paragraphLanguageRule,
  debrisSourceRule,
  debrisCreditRule,
  debrisStrayRule,
  debrisUiRule,
  pseudoBulletsRule,
  blankLinesRule,
  englishFormatsRule,
  titleCaseRule,
  fusedWordsRule,
  translatedNamesRule,
  calquesRule,
  anglicismsRule,
  leurPluralRule,
  spellingRule,
  repetitionRule,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
