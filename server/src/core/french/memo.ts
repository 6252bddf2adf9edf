/**
 * Remembers a per-word function's results, up to `limit` entries (then starts afresh): prose repeats
 * its words, and a bounded map keeps a huge document from holding every word forever.
 */
export function boundedMemo<V>(compute: (word: string) => V, limit = 20_000): (word: string) => V {
  const cache = new Map<string, V>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = compute(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, value);
    }
    return value;
  };
}
