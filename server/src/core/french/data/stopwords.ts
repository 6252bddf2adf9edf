import { FRENCH_FUNCTION_WORDS } from '../functionWords';

/**
 * Words that carry no topic in a keyphrase (« comment optimiser le référencement » has two content
 * words). Folded forms: the function words plus a few frequent verbs and adverbs.
 */
export const KEYPHRASE_STOPWORDS: ReadonlySet<string> = new Set([
  ...FRENCH_FUNCTION_WORDS,
  'a', 'au', 'aux', 'l', 'd', 'qu', 'c', 's', 'n', 'j', 'm', 't', 'sa', 'un', 'une', 'quelque', 'quelques', 'chaque',
  'bien', 'mieux', 'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'moins', 'tant', 'autant', 'afin',
]);
