import { stemmer as snowball } from '@orama/stemmers/french';
import { isStopWord, normalizeToken, stripElision } from './stopWords';

const cache = new Map<string, string>();

/** The Snowball stem of a French word, lower-cased and without elision (« l’Entreprise » → « entrepris »). */
export function stemFrench(word: string): string {
  const key = stripElision(normalizeToken(word));
  let stem = cache.get(key);
  if (stem === undefined) {
    stem = snowball(key);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, stem);
  }
  return stem;
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
