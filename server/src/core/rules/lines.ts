// The lines of the article's paragraphs, for the rules that judge whole lines of pasted material
// (debris, pseudo-bullets). Offsets are in the document text.
import type { Article, Block } from '../article/model';
import { blockTextMemo } from '../article/blockMemo';
import { newestArticleMemo } from '../article/newest';
import type { TextEdit } from '../base/edit';
import { detached } from '../base/memo';

export interface Line {
  readonly start: number;
  readonly end: number;
  /** The line without its indentation and trailing spaces. */
  readonly text: string;
  /** Index of the block that holds it. */
  readonly block: number;
  /** Its rank in the block (0 for the first line). */
  readonly rank: number;
}

/** Where the first line of `block` starts: at the line break when only indentation is before the block. */
function firstLineStart(article: Article, block: Block): number {
  // Character tests, not a slice and a regular expression: the rules ask for every block at each keystroke.
  const text = article.text;
  for (let i = block.span.start; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return i;
    if (c !== 32 && c !== 9) return block.span.start;
  }
  return 0;
}

/** The text of `block` from the start of its first line (as `blockLines` cuts it into lines). */
export function blockLinesText(article: Article, block: Block): string {
  return article.text.slice(firstLineStart(article, block), block.span.end);
}

// The lines of the newest article's blocks, split once for the rules that read them (four debris
// rules and the pseudo-bullets read every paragraph's lines), as wordText keeps its words.
/** The lines of block `index` (shared: read them, never change them). */
export const blockLines = newestArticleMemo(
  (article) => article.blocks.length,
  (article, index): readonly Line[] => splitLines(article, index, article.blocks[index]),
);

function splitLines(article: Article, index: number, block: Block): Line[] {
  const out: Line[] = [];
  let start = firstLineStart(article, block);
  let rank = 0;
  while (start < block.span.end) {
    let end = article.text.indexOf('\n', start);
    if (end === -1 || end > block.span.end) end = block.span.end;
    const raw = article.text.slice(start, end);
    out.push({ start, end: raw.endsWith('\r') ? end - 1 : end, text: raw.trim(), block: index, rank: rank++ });
    start = end + 1;
  }
  return out;
}

/** The lines of a block that a rule keeps, with offsets relative to the first line's start. */
interface KeptLines {
  readonly lines: readonly Line[];
  /** How many lines the block has. */
  readonly count: number;
}

/**
 * The lines of block `index` that `keep` selects, and how many lines the block has. Memoised per
 * block on its text under `slot`: `keep` must depend on the line's text and rank only, so that a
 * keystroke tests the lines of the edited block only.
 */
export function keptBlockLines(article: Article, slot: string, index: number, keep: (line: Line) => boolean): { lines: Line[]; count: number } {
  const block = article.blocks[index];
  const from = firstLineStart(article, block);
  const kept = keptOf(article, slot, index, block, from, keep);
  return { lines: kept.lines.map((l) => placed(l, from, index)), count: kept.count };
}

function keptOf(article: Article, slot: string, index: number, block: Block, from: number, keep: (line: Line) => boolean): KeptLines {
  return blockTextMemo<KeptLines>(article, slot, index, from, block.span.end, () => {
    const all = blockLines(article, index);
    const lines = all.filter(keep).map((l) => ({ start: l.start - from, end: l.end - from, text: detached(l.text), block: 0, rank: l.rank }));
    return { lines, count: all.length };
  });
}

function placed(l: Line, from: number, index: number): Line {
  return { start: l.start + from, end: l.end + from, text: l.text, block: index, rank: l.rank };
}

/** The lines of every paragraph block (title line excluded) that `keep` selects, in order (see keptBlockLines). */
export function keptParagraphLines(article: Article, slot: string, keep: (line: Line) => boolean): Line[] {
  const out: Line[] = [];
  article.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' || i === article.titleBlock) return;
    const from = firstLineStart(article, b);
    // No copy per block: a book has thousands, and the lines kept are few.
    for (const line of keptOf(article, slot, i, b, from, keep).lines) out.push(placed(line, from, i));
  });
  return out;
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * The edit that removes lines `[start, end)` (`end` at a line end): the line break after them too,
 * and the blank lines that follow when a blank line (or the start) is before, so that removing a
 * paragraph leaves one blank line between its neighbours.
 */
export function removeLinesEdit(text: string, start: number, end: number): TextEdit {
  let to = text.indexOf('\n', end);
  to = to === -1 ? text.length : to + 1;
  const lineBefore = text.lastIndexOf('\n', start - 2);
  const blankBefore = start === 0 || isBlankLine(text, lineBefore + 1, start - 1);
  if (blankBefore) {
    for (;;) {
      const next = text.indexOf('\n', to);
      if (next === -1) {
        if (isBlankLine(text, to, text.length)) to = text.length;
        break;
      }
      if (!isBlankLine(text, to, next)) break;
      to = next + 1;
    }
    // The last paragraph: drop the blank line before it too rather than leave one at the end.
    if (to === text.length && start >= 2 && text[start - 1] === '\n') return { start: text[start - 2] === '\r' ? start - 2 : start - 1, end: to, newText: '' };
  }
  return { start, end: to, newText: '' };
}

/** Folds a line for list look-ups: lower case, straight apostrophes, digits as `#`, no final punctuation. */
export function foldLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\d+/g, '#')
    .replace(/[\s.…:!?»«"“”()[\]|-]+$/u, '')
    .replace(/^[\s«"“(|-]+/u, '')
    .replace(/\s+/g, ' ');
}

const LINE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * How many words (letters and digits, joined by apostrophes) a line has, counted up to `limit + 1`
 * at most: the rules ask only whether a line is short, and most lines of a paragraph are long.
 */
export function lineWordCount(text: string, limit: number): number {
  LINE_WORD.lastIndex = 0;
  let n = 0;
  while (n <= limit && LINE_WORD.exec(text)) n++;
  LINE_WORD.lastIndex = 0;
  return n;
}

/**
 * A lower bound of `foldLine(text).length`: folding keeps every ASCII letter. A line with more
 * letters than the longest entry of a list of short lines cannot be in it, whatever the fold.
 */
export function asciiLetters(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}
