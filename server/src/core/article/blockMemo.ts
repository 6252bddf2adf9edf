// Per-block results carried from one version of a document to the next. A block's words and
// sentences are a function of the masked text of its scanned range alone (the parse copies them on
// that ground), so anything computed from that text, its words and its sentences, with offsets
// relative to the range, is too. The parse gives every scanned range a token, handed on to the next
// version's range with the same text: results stored on it are found again without hashing or
// comparing any text.
import type { Article } from './model';

/** The results computed for one masked text, by slot. */
export interface BlockToken {
  readonly values: Map<string, unknown>;
  /** Typography's scan of the block (read on every segment of every version: a field, not a slot). */
  typography?: unknown;
}

export function newBlockToken(): BlockToken {
  return { values: new Map() };
}

interface BlockStore {
  /** Per block: the token of its scanned range (undefined for code and HTML: no words). */
  readonly tokens: readonly (BlockToken | undefined)[];
  /** Per block: where the scanned range starts (offsets of the memoised results are relative to it). */
  readonly starts: readonly number[];
}

const stores = new WeakMap<Article, BlockStore>();

/** Records the block tokens of a new article. */
export function registerBlocks(article: Article, tokens: readonly (BlockToken | undefined)[], starts: readonly number[]): void {
  stores.set(article, { tokens, starts });
}

/**
 * The tokens of the article's blocks, by block index (undefined for code and HTML). What a caller
 * stores on one must be checked against what it was computed from when that is more than the
 * block's masked text.
 */
export function blockTokens(article: Article): readonly (BlockToken | undefined)[] {
  return stores.get(article)?.tokens ?? [];
}

/** Where block `index`'s scanned range starts: add it to the relative offsets of a memoised result. */
export function blockOrigin(article: Article, index: number): number {
  return stores.get(article)?.starts[index] ?? article.blocks[index].span.start;
}

/**
 * The value of `compute` for block `index`, reused from any version where a block had the same
 * masked text and the slot was computed. `compute` must depend only on that text and its words and
 * sentences, and give offsets relative to `blockOrigin`; a slot name must say everything else it
 * depends on (settings).
 */
export function blockMemo<T>(article: Article, slot: string, index: number, compute: () => T): T {
  const token = stores.get(article)?.tokens[index];
  if (!token) return compute();
  if (token.values.has(slot)) return token.values.get(slot) as T;
  const value = compute();
  token.values.set(slot, value);
  return value;
}
