import { foldWord } from '../base/letters';
import { boundedMemo } from '../base/memo';

const VOWELS = /[aeiouy]+/g;

/** Nouns and adverbs in -ment whose ending is spoken (« moment », « rapidement », « document »). */
const SPOKEN_MENT = /(?:[eaou]|[^a]i)ment$/;
/** Other words in -ent whose ending is spoken; verbs in -ent (« parlent ») are not. */
const SPOKEN_ENT = new Set(
  (
    'dent cent vent lent gent souvent parent accent argent client content talent agent urgent patient present ' +
    'president different excellent intelligent evident recent frequent violent equivalent absent serpent torrent ' +
    'continent adolescent innocent consent decent pertinent permanent transparent apparent competent efficient ' +
    'suffisant incident accident ardent prudent impatient ingredient coefficient pourcent auparavant'
  ).split(' '),
);
/** Verb endings in -ent after these letters are mute (« parlent », « finissent », « aiment »). */
const MUTE_ENT_VERB = /(?:[^aeiouy]ent|aient|oient|uient)$/;

/**
 * The number of spoken syllables of a French word as read aloud in standard French: vowel groups,
 * minus a mute final e (« porte », « portes »), a mute verb ending -ent (« portent ») and -aient.
 * Digits count one syllable per digit group. Always at least 1 for a word with a letter.
 */
export const countSyllables: (word: string) => number = boundedMemo(countUncached);

function countUncached(word: string): number {
  const w = foldWord(word).replace(/^(?:l|d|qu|s|n|j|m|t|c|jusqu|lorsqu|puisqu)'/, '');
  if (/^\d/.test(w)) return Math.max(1, (w.match(/\d+/g) ?? []).length);
  const groups = w.split(/['-]/).reduce((n, part) => n + partSyllables(part, word), 0);
  return Math.max(1, groups);
}

function partSyllables(part: string, original: string): number {
  if (part === '') return 0;
  let n = (part.match(VOWELS) ?? []).length;
  if (n <= 1) return n;
  if (/[^aeiouy]es?$/.test(part) && !/é(?:e?s?)$/.test(original.toLowerCase())) n--;
  else if (/ent$/.test(part) && MUTE_ENT_VERB.test(part) && !SPOKEN_MENT.test(part) && !SPOKEN_ENT.has(part)) n--;
  return n;
}
