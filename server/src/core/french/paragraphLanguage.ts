import { ENGLISH_FUNCTION_WORDS, FRENCH_DIACRITICS, FRENCH_ELISION, FRENCH_FUNCTION_WORDS } from './functionWords';
import { detectLanguage, type LanguageGuess, CANDIDATE_LANGUAGES } from './language';
import { foldWord, isLower, isUpper } from '../base/letters';
import { boundedMemo } from '../base/memo';

/** Under this many words a paragraph is a caption, a name or a button label: nothing to judge. */
export const MIN_PARAGRAPH_WORDS = 4;
/** From this many words the n-gram detector has enough text to be trusted. */
const LONG_PARAGRAPH_WORDS = 8;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+|[-‐][\p{L}\p{N}]+)*/gu;

/** The language of a paragraph of text: its words split, then as identifyParagraphWords. */
export function identifyParagraph(text: string): LanguageGuess {
  const words = text.match(WORD) ?? [];
  return identifyParagraphWords(text, words);
}

/** Whether a character from U+00C0 on is there: the diacritics looked for (and their capitals) all are. */
function hasLatin1Letter(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) return true;
  return false;
}

/**
 * What one word says of its paragraph's language, packed in a number: French evidence (0 to 2, bits
 * 0–1), English evidence (0 to 2, bits 2–3), and whether it may belong to a line of names (bit 4).
 * Remembered per word: prose repeats its words, and each costs a few look-ups and case tests.
 */
const wordEvidence = boundedMemo((w: string): number => {
  const f = foldWord(w);
  let french = 0;
  let english = 0;
  if (FRENCH_FUNCTION_WORDS.has(f) || FRENCH_ELISION.test(f)) french++;
  else if (ENGLISH_FUNCTION_WORDS.has(f)) english++;
  if (hasLatin1Letter(w) && FRENCH_DIACRITICS.test(w.toLowerCase())) french++;
  if (f.endsWith("'s") || (f.length > 5 && f.endsWith('ing'))) english++;
  const nameLike = isUpper(w[0]) || /\d/.test(w) || (w.length > 1 && isLower(w[0]) && isUpper(w[1]));
  return french | (english << 2) | (nameLike ? 16 : 0);
});

/**
 * The language of a body paragraph, from its words (the rule has them). Function words decide
 * first: most French paragraphs are settled without the n-gram detector. A paragraph with more
 * English than French function words, or one with almost no French ones, is confirmed by the
 * detector; lines made only of names (« Kelly Sullivan/Getty Images ») and short lines are `und`.
 */
export function identifyParagraphWords(text: string, words: readonly string[]): LanguageGuess {
  if (words.length < MIN_PARAGRAPH_WORDS) return 'und';
  let french = 0;
  let english = 0;
  let nameLike = true;
  for (let k = 0; k < words.length; k++) {
    const e = wordEvidence(words[k]);
    french += e & 3;
    english += (e >> 2) & 3;
    if ((e & 16) === 0) nameLike = false;
  }
  if (nameLike) return 'und';
  if (french >= english && french >= words.length * 0.1) return 'fr';
  if (words.length < LONG_PARAGRAPH_WORDS) {
    // Short lines: only clear English evidence counts (two function words, none French).
    return english >= 2 && french === 0 ? 'en' : 'und';
  }
  // No English function word and few French ones: a list of names, terms or figures; not worth the
  // detector's time (and French function words also cover Spanish and Italian articles).
  if (english === 0) return 'und';
  const { language, scores } = detectLanguage(text);
  if (!(CANDIDATE_LANGUAGES as readonly string[]).includes(language) || language === 'fr') return english > french ? 'und' : 'fr';
  const margin = (scores[language] ?? 0) - (scores.fr ?? 0);
  if (language === 'en' && english > french) return 'en';
  return margin >= 0.1 ? (language as LanguageGuess) : 'und';
}
