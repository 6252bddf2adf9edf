// The French stemmer, once, with one cache (for the keys read per keystroke): comparison keys for keyphrases and words of the article
// (stemWord, accents folded) and content terms for topic models (contentTerm, accents kept).
import { stemmer as snowball } from '@orama/stemmers/french';
import { foldWord } from '../base/letters';
import { detached } from '../base/memo';
import { normalizeToken, stripElision } from './elision';
import { isStopWord } from './stopWords';

export { stripElision } from './elision';

/** The keys of the words met so far, by the word as written (the per-keystroke path reads it). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * The comparison key of a French word: elision stripped, lower-cased, stemmed with the Snowball
 * French stemmer, then accents folded (« Référencement », « référencements » → « referenc »).
 */
export function stemWord(word: string): string {
  let key = cache.get(word);
  if (key !== undefined) return key;
  const bare = normalizeToken(stripElision(word));
  key = foldWord(bare.length > 2 ? snowball(bare) : bare);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // Detached: a word sliced from the text would keep that whole version of the document alive.
  cache.set(detached(word), key);
  return key;
}

/**
 * The Snowball stem of a French word, lower-cased and without elision, accents kept (« l’Entreprise »
 * → « entrepris »): topic models on demand, not per keystroke, so uncached.
 */
export function stemFrench(word: string): string {
  return snowball(stripElision(normalizeToken(word)));
}

/**
 * A content term for topic models: the stem of a word that is not a stop word, not a number and at
 * least three letters long; otherwise undefined.
 */
export function contentTerm(word: string): string | undefined {
  if (isStopWord(word)) return undefined;
  const bare = stripElision(normalizeToken(word));
  if (bare.length < 3 || /^[\d.,]+$/.test(bare)) return undefined;
  return stemFrench(bare);
}
