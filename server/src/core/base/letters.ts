// Character classes for the word scanner. A table lookup per UTF-16 unit keeps the hot loop free of
// regular expressions; the table is filled once from Unicode properties.
import { boundedMemo } from './memo';

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
let table: Uint8Array | undefined;

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates are classified by code point
    if (WORD_RE.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
}

/** Whether the UTF-16 unit at `i` starts a letter, digit or combining mark; `width` gets 1 or 2. */
export function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      return WORD_RE.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    return 0; // a lone surrogate is never part of a word
  }
  table ??= buildTable();
  return table[c];
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Apostrophes (straight, typographic, modifier letter) and hyphens that join two parts of one word. */
export function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Upper-case letter test that works for accented capitals (É, À, Ç…). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Lower-cases, removes accents and unifies apostrophes: the form used for word-list look-ups. */
export function foldWord(word: string): string {
  // Rules fold every word of the article: plain lower-case ASCII words (most of them) need no work,
  // and the others are remembered (bounded) since prose repeats its words.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return foldCached(word);
  }
  return word;
}

const foldCached = boundedMemo(foldUncached);

function foldUncached(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}
