// The text of each word of the newest article asked for, sliced once and shared by the rules: a
// dozen rules read the same words, and each fresh slice is a new string to allocate and to hash again
// at every look-up of a per-word memo. Only the words asked for are sliced (a keystroke's rules read
// the edited blocks' words only).
import { newestArticleMemo } from './newest';

/** `article.masked.slice(word.start, word.end)` for word `k` of the article. */
export const wordText = newestArticleMemo(
  (article) => article.words.length,
  (article, k) => article.masked.slice(article.words[k].start, article.words[k].end),
);
