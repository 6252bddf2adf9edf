import { TreeFragment, type ChangedRange, type Tree } from '@lezer/common';
import { applyFragmentChanges } from './fragments';
import { newBlockToken, registerBlocks, type BlockToken } from './blockMemo';
import { unshiftOffset, type TextChange } from './changes';
import { parseFrontMatter } from './frontMatter';
import { scanMarkdownSteps } from './markdown';
import { capNesting } from './nesting';
import type { Article, Block, Heading, Sentence, Word } from './model';
import type { Span } from '../base/span';
import { runSteps, type Steps } from '../base/steps';

export type { TextChange } from './changes';
import { scanProse } from './prose';
import { findTitle } from './title';

export interface ParseOptions {
  readonly titleFields: readonly string[];
}


/** The previous parse of the same document and the changes made to it since, in order. */
export interface PreviousParse {
  readonly article: Article;
  readonly changes: readonly TextChange[];
}

/** Syntax trees of recent articles, for incremental parsing (weak: dropped with the article). */
const trees = new WeakMap<Article, Tree>();

/** Where a scanned range's words and sentences lie in its article's arrays. */
interface ScannedRange {
  readonly start: number;
  readonly wordStart: number;
  readonly wordEnd: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Handed on to the next version's range at the same place with the same masked text (see blockMemo). */
  readonly token: BlockToken;
}

/**
 * Words and sentences of an article by where each scanned range starts: a range of the next version
 * whose start maps back to one of these, with the same masked text, has the same words, shifted (the
 * scan depends on nothing else). Found by position and compared, not hashed: a book has thousands of
 * ranges, and hashing every one's text at each keystroke cost more than the comparison.
 */
interface ProseIndex {
  readonly masked: string;
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  readonly ranges: Map<number, ScannedRange & { readonly end: number }>;
}

/** What the parse of the next version reads of the previous one's ranges. */
interface PreviousProse {
  readonly index: ProseIndex;
  readonly changes: readonly TextChange[];
}
const proseIndexes = new WeakMap<Article, ProseIndex>();

/** The ranges each article masks (sorted by start), for typography, which needs them exactly. */
const maskLists = new WeakMap<Article, readonly Span[]>();

/**
 * The ranges of the article that are not prose (code, HTML, URLs, marks, the front matter), sorted by
 * start: `Article.masked` blanks them with spaces, which hides where a mask holds a space itself.
 */
export function articleMasks(article: Article): readonly Span[] {
  return maskLists.get(article) ?? [];
}

/**
 * Scans `masked[start, end)` like `scanProse`, or copies the words and sentences of the same masked
 * text from the previous parse, shifted; unshifted ones are shared, not copied (no allocation for the
 * blocks before an edit).
 */
function scanRange(masked: string, start: number, end: number, words: Word[], sentences: Sentence[], prior: PreviousProse | undefined, next: ProseIndex['ranges']): BlockToken {
  const wordStart = words.length;
  const sentenceStart = sentences.length;
  const previous = prior?.index;
  let hit = previous?.ranges.get(prior!.changes.length === 0 ? start : unshiftOffset(start, prior!.changes));
  if (hit && (hit.end - hit.start !== end - start || previous!.masked.slice(hit.start, hit.end) !== masked.slice(start, end))) hit = undefined;
  if (hit && previous) {
    const shift = start - hit.start;
    const wordShift = wordStart - hit.wordStart;
    for (let i = hit.wordStart; i < hit.wordEnd; i++) {
      const w = previous.words[i];
      words.push(shift === 0 ? w : { start: w.start + shift, end: w.end + shift });
    }
    for (let i = hit.sentenceStart; i < hit.sentenceEnd; i++) {
      const x = previous.sentences[i];
      sentences.push(
        shift === 0 && wordShift === 0
          ? x
          : { start: x.start + shift, end: x.end + shift, wordStart: x.wordStart + wordShift, wordEnd: x.wordEnd + wordShift },
      );
    }
  } else {
    scanProse(masked, start, end, words, sentences);
  }
  const token = hit?.token ?? newBlockToken();
  next.set(start, { start, end, wordStart, wordEnd: words.length, sentenceStart, sentenceEnd: sentences.length, token });
  return token;
}

/**
 * The reusable parts of the previous syntax tree, or undefined when the front matter may have changed
 * (the Markdown parser sees it blanked out, so an edit there changes the parser's input elsewhere).
 */
function reusableFragments(previous: PreviousParse | undefined, bodyStart: number): readonly TreeFragment[] | undefined {
  if (!previous) return undefined;
  const tree = trees.get(previous.article);
  if (!tree || previous.article.bodyStart !== bodyStart) return undefined;
  let fragments: readonly TreeFragment[] = TreeFragment.addTree(tree);
  for (const c of previous.changes) {
    if (c.from <= bodyStart) return undefined;
    const range: ChangedRange = { fromA: c.from, toA: c.to, fromB: c.from, toB: c.from + c.insertLength };
    fragments = applyFragmentChanges(fragments, [range]);
  }
  return fragments;
}

/** Runs of spaces by length, shared between calls: most masks are short (marks, URLs, inline code). */
const BLANKS: string[] = [''];
function blank(n: number): string {
  if (n >= 256) return ' '.repeat(n);
  let s = BLANKS[n];
  if (s === undefined) s = BLANKS[n] = ' '.repeat(n);
  return s;
}

/**
 * Replaces every character of the spans but line breaks by a space, keeping offsets. One pass over
 * the sorted spans with plain character tests: no regular expression, no copy of the masked text.
 */
export function applyMasks(text: string, masks: Span[]): string {
  if (masks.length === 0) return text;
  masks.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const noCarriageReturn = text.indexOf('\r') === -1;
  let nextBreak = -1; // -1 >>> 0 is 2^32 - 1: "none" compares greater than any offset
  let pos = 0;
  for (const m of masks) {
    const start = Math.max(m.start, pos);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > pos) parts.push(text.slice(pos, start));
    let run = start;
    if (noCarriageReturn) {
      // Jump from line feed to line feed natively: masked code blocks are long.
      // `nextBreak` is remembered across spans so that short spans on a long line do not rescan it.
      if (nextBreak < start) nextBreak = text.indexOf('\n', start) >>> 0;
      while (nextBreak < end) {
        if (nextBreak > run) parts.push(blank(nextBreak - run));
        parts.push('\n');
        run = nextBreak + 1;
        nextBreak = text.indexOf('\n', run) >>> 0;
      }
    } else {
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          if (i > run) parts.push(blank(i - run));
          parts.push(c === 10 ? '\n' : '\r');
          run = i + 1;
        }
      }
    }
    if (end > run) parts.push(blank(end - run));
    pos = end;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * Parses the article once: front matter, blocks, headings, words and sentences, title. With the
 * previous parse of the same document and the changes since, the Markdown parser reuses the syntax
 * tree of the unchanged blocks; the result is the same as a parse from scratch.
 */
export function parseArticle(text: string, options: ParseOptions, previous?: PreviousParse): Article {
  return runSteps(parseArticleSteps(text, options, previous));
}

/** Blocks scanned for words and sentences between two pauses. */
const BLOCKS_PER_PAUSE = 256;

/** `parseArticle` in slices (see `scanMarkdownSteps`): a book's parse must not hold the thread whole. */
export function* parseArticleSteps(text: string, options: ParseOptions, previous?: PreviousParse): Steps<Article> {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const head: Span = { start: 0, end: bodyStart };
  // The Markdown parser sees the front matter as blank lines, so that offsets stay those of the text.
  const blanked = bodyStart > 0 ? applyMasks(text, [head]) : text;
  // Old Mac files break lines with a lone CR, which the Markdown parser does not see as a line break.
  // Both rewrites keep the length, so offsets and reusable fragments stay those of the text.
  const source = capNesting(blanked.includes('\r') ? blanked.replace(/\r(?!\n)/g, '\n') : blanked);
  const scan = yield* scanMarkdownSteps(source, reusableFragments(previous, bodyStart));
  yield 'parse';
  if (bodyStart > 0) scan.masks.push(head);
  const masked = applyMasks(text, scan.masks);
  const previousIndex = previous ? proseIndexes.get(previous.article) : undefined;
  const previousProse = previousIndex && previous ? { index: previousIndex, changes: previous.changes } : undefined;
  const ranges: ProseIndex['ranges'] = new Map();

  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const tokens: (BlockToken | undefined)[] = [];
  const starts: number[] = [];
  for (const raw of scan.blocks) {
    if (blocks.length % BLOCKS_PER_PAUSE === BLOCKS_PER_PAUSE - 1) yield 'parse';
    const wordStart = words.length;
    const sentenceStart = sentences.length;
    if (raw.kind === 'heading' && raw.textSpan) {
      tokens.push(scanRange(masked, raw.textSpan.start, raw.textSpan.end, words, sentences, previousProse, ranges));
      starts.push(raw.textSpan.start);
      headings.push({
        level: raw.level ?? 2,
        text: masked.slice(raw.textSpan.start, raw.textSpan.end).replace(/\s+/g, ' ').trim(),
        span: raw.span,
        textSpan: raw.textSpan,
        source: raw.headingSource ?? 'atx',
        wordStart,
        wordEnd: words.length,
      });
    } else if (raw.kind !== 'code' && raw.kind !== 'html') {
      tokens.push(scanRange(masked, raw.span.start, raw.span.end, words, sentences, previousProse, ranges));
      starts.push(raw.span.start);
    } else {
      tokens.push(undefined);
      starts.push(raw.span.start);
    }
    // Two literals rather than a spread: a book has thousands of blocks.
    const wordEnd = words.length;
    const sentenceEnd = sentences.length;
    blocks.push(
      raw.kind === 'heading'
        ? { kind: raw.kind, span: raw.span, depth: raw.depth, headingIndex: headings.length - 1, wordStart, wordEnd, sentenceStart, sentenceEnd }
        : { kind: raw.kind, span: raw.span, depth: raw.depth, wordStart, wordEnd, sentenceStart, sentenceEnd },
    );
  }
  const { title, block: titleBlock } = findTitle(text, masked, frontMatter, options.titleFields, blocks, headings);
  const titleWords = titleBlock >= 0 ? blocks[titleBlock].wordEnd - blocks[titleBlock].wordStart : 0;
  const article: Article = {
    text,
    masked,
    ...(frontMatter ? { frontMatter } : {}),
    ...(title ? { title } : {}),
    bodyStart,
    headings,
    blocks,
    words,
    sentences,
    images: scan.images.sort((a, b) => a.span.start - b.span.start),
    links: scan.links.sort((a, b) => a.span.start - b.span.start),
    bodyWordCount: words.length - titleWords,
    titleBlock,
  };
  trees.set(article, scan.tree);
  maskLists.set(article, scan.masks);
  registerBlocks(article, tokens, starts, previous?.article);
  proseIndexes.set(article, { masked, words, sentences, ranges });
  return article;
}
