// Per-block results carried from one version of a document to the next. A block's words and
// sentences are a function of the masked text of its scanned range alone (the parse copies them on
// that ground), so anything computed from that text, its words and its sentences, with offsets
// relative to the range, is too. The parse gives every scanned range a token, handed on to the next
// version's range with the same text: results stored on it are found again without hashing or
// comparing any text.
import type { Article } from './model';
import { detached } from '../base/memo';

/** The results computed for one masked text, by slot. */
export interface BlockToken {
  readonly values: Map<string, unknown>;
  /** Typography's scan of the block (read on every segment of every version: a field, not a slot). */
  typography?: unknown;
  /** The detached copy of the last text a `blockTextMemo` slot kept: the slots of one text share it. */
  text?: string;
}

export function newBlockToken(): BlockToken {
  return { values: new Map() };
}

/** Sums over a document's blocks carried from version to version (see blockCounts), by slot. */
type Lineage = Map<string, CountSum>;

interface CountSum {
  /** The blocks (tokens) the sums count now, with how many blocks of that version hold each. */
  counted: Map<BlockToken, number>;
  /** The version whose blocks they are: asked again for it, nothing to do. */
  owner: readonly (BlockToken | undefined)[];
  readonly sums: Map<string, number>;
}

interface BlockStore {
  /** Shared by every version parsed from this one or from which this one was parsed. */
  readonly lineage: Lineage;
  /** Per block: the token of its scanned range (undefined for code and HTML: no words). */
  readonly tokens: readonly (BlockToken | undefined)[];
  /** Per block: where the scanned range starts (offsets of the memoised results are relative to it). */
  readonly starts: readonly number[];
}

const stores = new WeakMap<Article, BlockStore>();

// The last article asked for and its store: rules ask block after block of the same article, tens of
// thousands of times per analysis of a book, and a weak map's look-up is not free. A plain reference
// (a WeakRef would keep every article it saw alive until the end of the job, all of a synchronous
// run): it holds the newest article at most, which its analysis holds anyway, and each parse drops it.
let lastArticle: Article | undefined;
let lastStore: BlockStore | undefined;

function storeOf(article: Article): BlockStore | undefined {
  if (lastArticle === article) return lastStore;
  const store = stores.get(article);
  lastArticle = article;
  lastStore = store;
  return store;
}

/** Records the block tokens of a new article. */
export function registerBlocks(article: Article, tokens: readonly (BlockToken | undefined)[], starts: readonly number[], previous?: Article): void {
  const lineage = (previous && stores.get(previous)?.lineage) || new Map<string, CountSum>();
  stores.set(article, { tokens, starts, lineage });
  lastArticle = undefined;
  lastStore = undefined;
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
  const token = storeOf(article)?.tokens[index];
  if (!token) return compute();
  const hit = token.values.get(slot);
  if (hit !== undefined || token.values.has(slot)) return hit as T;
  const value = compute();
  token.values.set(slot, value);
  return value;
}

interface TextMemo {
  readonly text: string;
  readonly value: unknown;
}

/**
 * Like `blockMemo`, for a result computed from the document text of `[from, to)` (the raw text, not
 * only the masked one: a link's address or an inline code's content changes it, not the masked text).
 * The text is kept beside the result, detached from the document, and compared on the next version:
 * one string comparison instead of the computation. Offsets of the result should be relative to `from`.
 */
export function blockTextMemo<T>(article: Article, slot: string, index: number, from: number, to: number, compute: () => T): T {
  const token = storeOf(article)?.tokens[index];
  if (!token) return compute();
  const text = article.text.slice(from, to);
  const hit = token.values.get(slot) as TextMemo | undefined;
  if (hit && hit.text === text) return hit.value as T;
  const value = compute();
  // A copy: a slice would keep this whole version of the document alive in the token. One copy for
  // all the slots that keep the same text.
  if (token.text !== text) token.text = detached(text);
  token.values.set(slot, { text: token.text, value });
  return value;
}

function addCounts(sums: Map<string, number>, partial: ReadonlyMap<string, number>, times: number): void {
  for (const [key, n] of partial) {
    const total = (sums.get(key) ?? 0) + n * times;
    if (total === 0) sums.delete(key);
    else sums.set(key, total);
  }
}

/**
 * A document-wide count (per key) summed from per-block partial counts memoised under `slot`
 * (`partial` as for `blockMemo`; blocks without a token, code and HTML, count nothing). The sums are
 * carried from the version this one was parsed from: only the blocks that came or went are added or
 * taken away, not every block summed again. The map returned is shared along the document's versions:
 * read it before asking for another version's.
 */
export function blockCounts(article: Article, slot: string, partial: (index: number) => ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const store = stores.get(article);
  if (!store) {
    const sums = new Map<string, number>();
    article.blocks.forEach((_, i) => addCounts(sums, partial(i), 1));
    return sums;
  }
  const tokens = store.tokens;
  let sum = store.lineage.get(slot);
  if (sum?.owner === tokens) return sum.sums;
  const counted = new Map<BlockToken, number>();
  const firstIndex = new Map<BlockToken, number>();
  tokens.forEach((t, i) => {
    if (!t) return;
    const n = counted.get(t);
    counted.set(t, (n ?? 0) + 1);
    if (n === undefined) firstIndex.set(t, i);
  });
  const part = (t: BlockToken): ReadonlyMap<string, number> => blockMemo(article, slot, firstIndex.get(t)!, () => partial(firstIndex.get(t)!));
  if (!sum) {
    sum = { counted, owner: tokens, sums: new Map() };
    for (const [t, n] of counted) addCounts(sum.sums, part(t), n);
    store.lineage.set(slot, sum);
    return sum.sums;
  }
  for (const [t, n] of counted) {
    const d = n - (sum.counted.get(t) ?? 0);
    if (d !== 0) addCounts(sum.sums, part(t), d);
  }
  // A block gone from this version: its partial is still on its token, counted when it came.
  for (const [t, n] of sum.counted) if (!counted.has(t)) addCounts(sum.sums, t.values.get(slot) as ReadonlyMap<string, number>, -n);
  sum.counted = counted;
  sum.owner = tokens;
  return sum.sums;
}
