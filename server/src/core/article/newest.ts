// Per-item values of the newest article asked for (its words, its blocks), computed on first use and
// shared by the rules that read them; only the newest article's are kept, as blockMemo keeps its store.
import type { Article } from './model';

/**
 * `compute(article, index)` remembered for the newest article asked for: a new article drops the
 * previous one's values. `size` is how many items an article has (words, blocks).
 */
export function newestArticleMemo<T>(size: (article: Article) => number, compute: (article: Article, index: number) => T): (article: Article, index: number) => T {
  let owner: Article | undefined;
  let values: (T | undefined)[] = [];
  return (article, index) => {
    if (owner !== article) {
      owner = article;
      values = new Array<T | undefined>(size(article));
    }
    let value = values[index];
    if (value === undefined) value = values[index] = compute(article, index);
    return value;
  };
}
