// The article's words as the analysis compares them: folded or stemmed, memoised per block so that an
// edit recomputes only the blocks it changed.
import { blockCounts, blockMemo } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import type { Article } from '../article/model';
import { foldWord } from '../base/letters';
import { detached } from '../base/memo';
import { stemWord } from './stem';

/** One value per word of block `index` (by word index from the block's first), reused while its text is unchanged. */
function blockWords(article: Article, slot: string, index: number, perWord: (word: string) => string): readonly string[] {
  const b = article.blocks[index];
  if (b.wordEnd === b.wordStart) return [];
  return blockMemo(article, slot, index, () => {
    const values: string[] = [];
    for (let k = b.wordStart; k < b.wordEnd; k++) values.push(detached(perWord(wordText(article, k))));
    return values;
  });
}

/** The words of block `index`, folded by `foldWord` (lower case, no accents, straight apostrophe), by word index from the block's first. */
export function blockFolded(article: Article, index: number): readonly string[] {
  return blockWords(article, 'folded', index, foldWord);
}

/** A per-word array over the whole article, made of the blocks' parts. */
function wordArray(article: Article, slot: string, perWord: (word: string) => string): string[] {
  const out = new Array<string>(article.words.length);
  article.blocks.forEach((b, i) => {
    const part = blockWords(article, slot, i, perWord);
    for (let k = 0; k < part.length; k++) out[b.wordStart + k] = part[k];
  });
  return out;
}

const stemCache = new WeakMap<Article, string[]>();

/** Every word of the article stemmed as the keyphrase matcher does, by word index. */
export function stemmedWords(article: Article): string[] {
  let out = stemCache.get(article);
  if (!out) {
    out = wordArray(article, 'stemmed', stemWord);
    stemCache.set(article, out);
  }
  return out;
}

function counts(values: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of values) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}

/**
 * How many words of the article have each stem, summed from the blocks' counts (see blockCounts),
 * each made from the block's memoised stems (a block gone since: from its token's).
 */
export function stemCounts(article: Article): ReadonlyMap<string, number> {
  return blockCounts(
    article,
    'stem-counts',
    (index) => counts(blockWords(article, 'stemmed', index, stemWord)),
    (token) => counts((token.values.get('stemmed') as readonly string[] | undefined) ?? []),
  );
}
