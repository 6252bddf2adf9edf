import { isDigit, isJoiner, wordCharWidth } from '../base/letters';
import type { Sentence, Word } from './model';

/** Abbreviations whose full stop does not end a sentence (folded to lower case, without the dot). */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'st', 'ste', 'cf', 'ex', 'p', 'pp', 'env',
  'av', 'apr', 'j.-c', 'vol', 'chap', 'fig', 'no', 'n', 'art', 'al', 'éd', 'ed', 'mr', 'mrs', 'ms', 'vs',
  'e.g', 'i.e',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000;
}

/** Closing marks that may stand between a sentence's final punctuation and the next sentence. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x2a || c === 0x5f;
}

/**
 * Scans `masked[start, end)` for words and sentences and appends them. A word is a run of letters or
 * digits, joined by apostrophes or hyphens (« l’expertise », « peut-être ») and by `.` or `,` between
 * digits (« 3,5 »). A sentence ends at `.`, `!`, `?` or `…` followed by a space and not preceded by a
 * known abbreviation, and always at the end of the range.
 */
export function scanProse(masked: string, start: number, end: number, words: Word[], sentences: Sentence[]): void {
  let sentenceStart = -1;
  let sentenceWord = words.length;
  let i = start;
  while (i < end) {
    const w = wordCharWidth(masked, i);
    if (w > 0) {
      const wordStart = i;
      i += w;
      for (;;) {
        if (i >= end) break;
        const n = wordCharWidth(masked, i);
        if (n > 0) {
          i += n;
          continue;
        }
        const c = masked.charCodeAt(i);
        if (i + 1 < end && wordCharWidth(masked, i + 1) > 0) {
          if (isJoiner(c)) {
            i += 1;
            continue;
          }
          if ((c === 44 || c === 46) && isDigit(masked.charCodeAt(i - 1)) && isDigit(masked.charCodeAt(i + 1))) {
            i += 1;
            continue;
          }
        }
        break;
      }
      if (sentenceStart < 0) {
        sentenceStart = wordStart;
        sentenceWord = words.length;
      }
      words.push({ start: wordStart, end: i });
      continue;
    }
    const c = masked.charCodeAt(i);
    if (sentenceStart >= 0 && (c === 46 || c === 33 || c === 63 || c === 0x2026)) {
      let j = i + 1;
      while (j < end) {
        const d = masked.charCodeAt(j);
        if (d === 46 || d === 33 || d === 63 || d === 0x2026 || isCloser(d)) j++;
        else break;
      }
      const atEnd = j >= end;
      if ((atEnd || isSpace(masked.charCodeAt(j))) && !(c === 46 && isAbbreviation(masked, words, sentenceWord, i))) {
        sentences.push({ start: sentenceStart, end: j, wordStart: sentenceWord, wordEnd: words.length });
        sentenceStart = -1;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (sentenceStart >= 0 && words.length > sentenceWord) {
    sentences.push({ start: sentenceStart, end: words[words.length - 1].end, wordStart: sentenceWord, wordEnd: words.length });
  }
}

/** Whether the full stop at `dot` follows an abbreviation or a lone initial (« M. Dupont », « J. K. »). */
function isAbbreviation(masked: string, words: Word[], sentenceWord: number, dot: number): boolean {
  if (words.length <= sentenceWord) return false;
  const last = words[words.length - 1];
  if (last.end !== dot) return false;
  const word = masked.slice(last.start, last.end);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
