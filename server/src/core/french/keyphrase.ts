import type { Span } from '../base/span';
import { KEYPHRASE_STOPWORDS } from './data/stopwords';
import { foldWord } from '../base/letters';
import { stemWord, stripElision } from './stem';

/** Words as the matcher sees them: letters and digits joined by apostrophes or hyphens. */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\u02bc-][\p{L}\p{N}\p{M}]+)*/gu;

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits a text into word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a word is a function word (article, pronoun, preposition…), elision stripped. */
export function isFunctionWord(word: string): boolean {
  const folded = foldWord(stripElision(word));
  return KEYPHRASE_STOPWORDS.has(folded);
}

/** Where a keyphrase was found: the span covering its content words, in the offsets of the searched text. */
export interface KeyphraseMatch extends Span {
  /** Index (in words of the searched text) of the first content word of the match. */
  readonly wordIndex: number;
}

/**
 * Matches a focus keyphrase in French text: case, accents and apostrophes folded, elided articles
 * stripped, word forms compared by stem, function words ignored. The keyphrase is present in a text
 * when every one of its content words is, in any order (« référencement naturel » matches « le
 * naturel du référencement »). Reused by description generation and title proposals.
 */
export class KeyphraseMatcher {
  readonly keyphrase: string;
  /** The content words of the keyphrase as written. */
  readonly contentWords: readonly string[];
  /** Their stems, in order (a stem may repeat: « vite et bien vite »). */
  readonly stems: readonly string[];

  constructor(keyphrase: string) {
    this.keyphrase = keyphrase.trim();
    const words = tokenize(this.keyphrase).map((t) => t.text);
    let content = words.filter((w) => !isFunctionWord(w));
    // A keyphrase made only of function words (« tout ou rien ») still has to match something.
    if (content.length === 0) content = words;
    this.contentWords = content;
    this.stems = content.map(stemWord);
  }

  get isEmpty(): boolean {
    return this.stems.length === 0;
  }

  /** The stems of every word of `text`, with their tokens. */
  private stemsOf(tokens: readonly Token[]): string[] {
    return tokens.map((t) => stemWord(t.text));
  }

  /** How many times the whole keyphrase occurs in `text`: the smallest count of any of its stems. */
  count(text: string): number {
    return this.countStems(this.stemsOf(tokenize(text)));
  }

  /** Same as `count` on precomputed stems (the density rule stems the body once). */
  countStems(textStems: readonly string[]): number {
    if (this.isEmpty) return 0;
    const needed = new Map<string, number>();
    for (const s of this.stems) needed.set(s, (needed.get(s) ?? 0) + 1);
    const found = new Map<string, number>();
    for (const s of textStems) if (needed.has(s)) found.set(s, (found.get(s) ?? 0) + 1);
    let min = Number.POSITIVE_INFINITY;
    for (const [s, n] of needed) min = Math.min(min, Math.floor((found.get(s) ?? 0) / n));
    return min === Number.POSITIVE_INFINITY ? 0 : min;
  }

  /** Whether every content word of the keyphrase occurs in `text`. */
  matches(text: string): boolean {
    return this.count(text) > 0;
  }

  /**
   * The first occurrence in `text`: from the earliest content word to the word completing the
   * set, scanning left to right. Undefined when some content word is missing.
   */
  find(text: string): KeyphraseMatch | undefined {
    if (this.isEmpty) return undefined;
    const tokens = tokenize(text);
    const stems = this.stemsOf(tokens);
    const missing = new Set(this.stems);
    let first = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (!missing.has(stems[i])) continue;
      if (first < 0) first = i;
      missing.delete(stems[i]);
      if (missing.size === 0) return { start: tokens[first].start, end: tokens[i].end, wordIndex: first };
    }
    return undefined;
  }

  /** The content words of the keyphrase missing from `text` (as written in the keyphrase). */
  missingWords(text: string): string[] {
    const present = new Set(this.stemsOf(tokenize(text)));
    return this.contentWords.filter((_, i) => !present.has(this.stems[i]));
  }
}

/** The slug form of a text: folded, words joined by hyphens (for comparing with URLs and file names). */
export function slugWords(slug: string): string[] {
  const base = slug.replace(/\.(?:md|mdx|markdown)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  return foldWord(base)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
