// The text of each word of the newest article asked for, sliced once and shared by the rules: a
// dozen rules read the same words, and each fresh slice is a new string to allocate and to hash again
// at every look-up of a per-word memo. Only the words asked for are sliced (a keystroke's rules read
// the edited blocks' words only), and only the newest article's are kept, as blockMemo keeps its store.
import type { Article } from './model';

let owner: Article | undefined;
let texts: (string | undefined)[] = [];

/** `article.masked.slice(word.start, word.end)` for word `k` of the article. */
export function wordText(article: Article, k: number): string {
  if (owner !== article) {
    owner = article;
    texts = new Array<string | undefined>(article.words.length);
  }
  let text = texts[k];
  if (text === undefined) {
    const w = article.words[k];
    text = texts[k] = article.masked.slice(w.start, w.end);
  }
  return text;
}
