import { CONTINUATION_OPENINGS } from './paragraphOpenings';

/**
 * Words that, near the start of a sentence, tie it to what came before (« Nous avions précédemment
 * expliqué », « J’ai donc enfin pu »): such a sentence cannot open a text read alone, like a meta
 * description in a results page.
 */
const EARLY_BACK_REFERENCES = /(?<![\p{L}])(?:précédemment|donc|ci-dessus|plus haut|déjà vu|comme prévu|comme promis|comme annoncé|comme indiqué|comme mentionné|comme évoqué|comme nous l['’]avons|ce dernier|cette dernière|ces derniers|ces dernières|celui-ci|celle-ci|ceux-ci|celles-ci|lui aussi|elle aussi|également|aussi|non plus|de nouveau|à nouveau|une fois de plus|encore une fois|toutefois|cependant|pourtant|en revanche|par contre|quant à lui|quant à elle|par ailleurs|en outre|de plus|enfin)(?![\p{L}])/iu;
/** Demonstratives and pronouns that need an antecedent when they open the text. */
const ANAPHORIC_OPENING = /^(?:cette|ces|cet|ce|ceux|celles?|celui|il|elle|ils|elles|lui|leur|leurs|en|y|là|ici)(?![\p{L}'’])/iu;

/** Whether a sentence opens on a back-reference or a pronoun without antecedent. */
export function opensOnBackReference(sentence: string): boolean {
  const text = sentence.trimStart().replace(/^[«"“\s]+/u, '');
  const lower = text.toLowerCase().replace(/[’ʼ]/g, "'");
  if (ANAPHORIC_OPENING.test(lower)) {
    // « Ce guide », « Cette année » name what they point at; a demonstrative before a noun of time or of the page is fine only there.
    if (/^(?:ce|cet|cette|ces) (?:guide|article|tutoriel|dossier|billet|mois|matin|soir|week-end|année|semaine|printemps|été|automne|hiver)\b/.test(lower)) return false;
    return true;
  }
  const opening = CONTINUATION_OPENINGS.find((o) => lower.startsWith(o) && !/[\p{L}\p{N}]/u.test(lower.charAt(o.length)));
  if (opening && !['comme', 'si vous', 'sans', 'voici', 'notez', 'remarquez', 'par exemple', 'et'].includes(opening)) return true;
  if (opening === 'et') return true;
  // Within the first six words.
  const head = lower.split(/\s+/).slice(0, 6).join(' ');
  return EARLY_BACK_REFERENCES.test(head);
}
