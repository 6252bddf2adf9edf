/**
 * A copy of `s` that does not hold on to the string it was sliced from: a slice of 13 units or more
 * shares its parent's memory, so a remembered word would keep a whole old version of a document alive.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

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
      cache.set(detached(word), value);
    }
    return value;
  };
}
