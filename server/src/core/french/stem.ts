import { stemmer } from '@orama/stemmers/french';
import { foldWord } from '../base/letters';

/** Elided words at the start of a token: l’, d’, qu’, s’, n’, j’, m’, t’, c’, jusqu’, lorsqu’, puisqu’. */
const ELISION = /^(?:l|d|qu|s|n|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu)['’\u02bc](?=\p{L})/iu;

/** Removes a leading elided article or pronoun: « l’expertise » → « expertise ». */
export function stripElision(word: string): string {
  return word.replace(ELISION, '');
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * The comparison key of a French word: elision stripped, lower-cased, stemmed with the Snowball
 * French stemmer, then accents folded (« Référencement », « référencements » → « referenc »).
 */
export function stemWord(word: string): string {
  let key = cache.get(word);
  if (key !== undefined) return key;
  const bare = stripElision(word).toLowerCase().replace(/[\u2019\u02bc]/g, "'");
  key = foldWord(bare.length > 2 ? stemmer(bare) : bare);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}
