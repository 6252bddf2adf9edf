// The stems of a .dic file and their flags, looked up in the file's own text: an open-addressing hash
// table of typed arrays points at each line, so the ~82 000 French stems cost ~1.5 MB besides the text
// instead of ~12 MB as a Map of strings (two strings and a table entry per stem). The text is kept by
// the bundle's module anyway. Pure.

/** Where a stem's flags are, to test one with `hasFlag`; -1 when the word is not a stem. */
export type StemEntry = number;

export interface Stems {
  /** The entry of `word`, or -1. */
  find(word: string): StemEntry;
  /** Whether the stem's flags (all its lines: a stem listed twice, as noun and verb, has both) include `flag`. */
  hasFlag(entry: StemEntry, flag: string): boolean;
  readonly size: number;
}

const NONE = -1;

/** FNV-1a over the UTF-16 units of `text[start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 10;

/**
 * Reads the lines after the first (the count) of `dic`: `word` or `word/flags`, flags ending at the
 * first white space. `long`: flags of two characters each; otherwise one each.
 */
export function readStems(dic: string, long: boolean): Stems {
  // At most one entry per line after the first.
  let lines = 0;
  for (let i = dic.indexOf('\n'); i !== -1; i = dic.indexOf('\n', i + 1)) lines++;
  const wordStart = new Uint32Array(lines);
  const wordLength = new Uint16Array(lines);
  const flagsLength = new Uint16Array(lines);
  /** The next line of the same stem, or -1. */
  const sameStem = new Int32Array(lines).fill(NONE);
  let capacity = 1;
  while (capacity < lines * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(NONE);
  let entries = 0;
  let size = 0;

  const equals = (entry: number, text: string, start: number, length: number): boolean => {
    if (wordLength[entry] !== length) return false;
    const at = wordStart[entry];
    for (let i = 0; i < length; i++) if (dic.charCodeAt(at + i) !== text.charCodeAt(start + i)) return false;
    return true;
  };

  let pos = dic.indexOf('\n') + 1;
  while (pos > 0 && pos <= dic.length) {
    const newline = dic.indexOf('\n', pos);
    let end = newline === -1 ? dic.length : newline;
    let start = pos;
    pos = newline === -1 ? dic.length + 1 : newline + 1;
    while (start < end && isSpace(dic.charCodeAt(start))) start++;
    while (end > start && isSpace(dic.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const slash = dic.indexOf('/', start);
    const wordEnd = slash === -1 || slash >= end ? end : slash;
    let flagsEnd = wordEnd;
    if (wordEnd < end) {
      flagsEnd = wordEnd + 1;
      while (flagsEnd < end && !isSpace(dic.charCodeAt(flagsEnd))) flagsEnd++;
    }
    const entry = entries++;
    wordStart[entry] = start;
    wordLength[entry] = wordEnd - start;
    flagsLength[entry] = wordEnd < end ? flagsEnd - wordEnd - 1 : 0;
    let slot = hashOf(dic, start, wordEnd) & mask;
    for (;;) {
      const there = table[slot];
      if (there === NONE) {
        table[slot] = entry;
        size++;
        break;
      }
      if (equals(there, dic, start, wordEnd - start)) {
        // The same stem again: chained after the first, whose flags and these count together.
        let last = there;
        while (sameStem[last] !== NONE) last = sameStem[last];
        sameStem[last] = entry;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  const find = (word: string): StemEntry => {
    let slot = hashOf(word, 0, word.length) & mask;
    for (;;) {
      const there = table[slot];
      if (there === NONE) return NONE;
      if (equals(there, word, 0, word.length)) return there;
      slot = (slot + 1) & mask;
    }
  };

  const hasFlag = (entry: StemEntry, flag: string): boolean => {
    const a = flag.charCodeAt(0);
    const b = flag.charCodeAt(1);
    for (let e = entry; e !== NONE; e = sameStem[e]) {
      const from = wordStart[e] + wordLength[e] + 1;
      const to = from + flagsLength[e];
      if (long) {
        for (let i = from; i + 1 < to; i += 2) if (dic.charCodeAt(i) === a && dic.charCodeAt(i + 1) === b) return true;
      } else {
        // One-character flags are padded with a space by the affix reader (see hunspell.ts).
        if (b !== 32 && !Number.isNaN(b)) continue;
        for (let i = from; i < to; i++) if (dic.charCodeAt(i) === a) return true;
      }
    }
    return false;
  };

  return { find, hasFlag, size };
}
