import { blockMemo } from '../../article/blockMemo';
import { detached } from '../../base/memo';
import type { Article, Block } from '../../article/model';
import { contentTerm } from '../../french/stem';
import { normalizeToken, stripElision } from '../../french/stopWords';

/**
 * A unit of the segmentation: a top-level paragraph with the lists, quotes, tables and code that
 * follow it. Headings can only go before a unit that starts with a paragraph.
 */
export interface Unit {
  /** Blocks `[blockStart, blockEnd)` of `Article.blocks`. */
  readonly blockStart: number;
  readonly blockEnd: number;
  /** Start of the line of the unit's first block: where a heading would be inserted. */
  readonly offset: number;
  readonly startsWithParagraph: boolean;
  /** Prose words of the unit. */
  readonly words: number;
  /** Content stems, with repetitions. */
  readonly terms: readonly string[];
  /** Names: capitalised words not at a sentence start, and acronyms (lower-cased). */
  readonly entities: ReadonlySet<string>;
  /** The text of the first block, markup blanked. */
  readonly firstText: string;
  /** Holds a list, quote, table or code block besides its paragraph. */
  readonly hasNonProse: boolean;
  /** Index of the stretch (text between two headings) the unit belongs to. */
  readonly stretch: number;
}

/** Text between two headings (or before the first one). */
export interface Stretch {
  /** Units `[unitStart, unitEnd)`. */
  readonly unitStart: number;
  readonly unitEnd: number;
  /** Level of the heading that opens it; 0 for the text before any heading (the introduction). */
  readonly parentLevel: number;
  readonly words: number;
}

export interface Units {
  readonly units: readonly Unit[];
  readonly stretches: readonly Stretch[];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Cuts the body into units and stretches; the title block is left out. */
export function buildUnits(article: Article): Units {
  const units: Unit[] = [];
  const stretches: Stretch[] = [];
  let current: { blocks: number[]; stretch: number } | undefined;
  let stretchStart = 0;
  let parentLevel = 0;
  let starts: Set<number> | undefined;
  const sentenceStarts = (): Set<number> => (starts ??= new Set(article.sentences.map((s) => s.wordStart)));
  // Paragraphs inside an open HTML or JSX container (<details>, <Pitfall>…) are not top-level text.
  let openContainers = 0;

  const flush = (): void => {
    if (!current) return;
    units.push(makeUnit(article, current.blocks, current.stretch, sentenceStarts));
    current = undefined;
  };
  const closeStretch = (): void => {
    flush();
    if (units.length > stretchStart) {
      const words = units.slice(stretchStart).reduce((n, u) => n + u.words, 0);
      stretches.push({ unitStart: stretchStart, unitEnd: units.length, parentLevel, words });
    }
    stretchStart = units.length;
  };

  article.blocks.forEach((block, index) => {
    if (index === article.titleBlock) return;
    if (block.kind === 'heading') {
      closeStretch();
      parentLevel = article.headings[block.headingIndex ?? 0]?.level ?? 2;
      return;
    }
    if (block.kind === 'html') openContainers = Math.max(0, openContainers + containerBalance(article.text.slice(block.span.start, block.span.end)));
    const startsUnit = block.kind === 'paragraph' && block.depth === 0 && openContainers === 0;
    if (startsUnit) flush();
    if (!current) current = { blocks: [], stretch: stretches.length };
    current.blocks.push(index);
  });
  closeStretch();
  return { units, stretches };
}

const OPEN_TAG = /<([A-Z][\w.]*|div|details|aside|section|figure|blockquote|table|ul|ol)\b[^>]*>/g;
const CLOSE_TAG = /<\/([A-Z][\w.]*|div|details|aside|section|figure|blockquote|table|ul|ol)\s*>/g;

/** Opened minus closed container tags in an HTML block (self-closing tags count for nothing). */
function containerBalance(html: string): number {
  let n = 0;
  for (const m of html.matchAll(OPEN_TAG)) if (!m[0].endsWith('/>')) n++;
  n -= [...html.matchAll(CLOSE_TAG)].length;
  return n;
}

/** A block's content stems (with repetitions) and names, from its words alone (memoised per block). */
interface BlockTerms {
  readonly words: number;
  readonly terms: readonly string[];
  readonly entities: readonly string[];
}

function blockTerms(article: Article, index: number, sentenceStarts: Set<number>): BlockTerms {
  const b = article.blocks[index];
  const terms: string[] = [];
  const entities: string[] = [];
  for (let w = b.wordStart; w < b.wordEnd; w++) {
    const word = article.masked.slice(article.words[w].start, article.words[w].end);
    // Copies: the block's terms outlive this version, and a slice would keep its whole text alive.
    const term = contentTerm(word);
    if (term) terms.push(detached(term));
    const bare = stripElision(word.replace(/[’ʼ]/g, "'"));
    const isAcronym = bare.length >= 2 && /^\p{Lu}[\p{Lu}\d]+$/u.test(bare);
    if (isAcronym || (!sentenceStarts.has(w) && /^\p{Lu}\p{Ll}/u.test(bare))) entities.push(detached(normalizeToken(bare)));
  }
  return { words: b.wordEnd - b.wordStart, terms, entities };
}

/** What a unit holds, shared by the versions in which the unit has the same blocks (see `makeUnit`). */
type UnitContent = Pick<Unit, 'words' | 'terms' | 'entities' | 'firstText' | 'hasNonProse'>;

/** The content of the unit that starts with a block's terms, with what it was made of. */
const contents = new WeakMap<BlockTerms, { readonly parts: readonly BlockTerms[]; readonly kinds: string; readonly content: UnitContent }>();

function makeUnit(article: Article, indexes: number[], stretch: number, sentenceStarts: () => Set<number>): Unit {
  const first: Block = article.blocks[indexes[0]];
  // A block's words, and whether each starts a sentence, are a function of its masked text alone:
  // after a keystroke in a book only the edited block is stemmed again.
  const parts = indexes.map((i) => blockMemo(article, 'subheadings.terms', i, () => blockTerms(article, i, sentenceStarts())));
  const kinds = indexes.map((i) => article.blocks[i].kind).join(' ');
  // The same blocks (by their memoised terms) of the same kinds: the same content object, so that
  // the cues computed from it (cues.ts) are found again by identity in the next version.
  const known = contents.get(parts[0]);
  if (known && known.kinds === kinds && known.parts.length === parts.length && known.parts.every((p, k) => p === parts[k])) {
    return unitAt(article, indexes, stretch, known.content);
  }
  const terms: string[] = [];
  const entities = new Set<string>();
  let words = 0;
  for (const own of parts) {
    words += own.words;
    for (const t of own.terms) terms.push(t);
    for (const e of own.entities) entities.add(e);
  }
  const content: UnitContent = {
    words,
    terms,
    entities,
    firstText: article.masked.slice(first.span.start, first.span.end),
    hasNonProse: indexes.some((i) => article.blocks[i].kind !== 'paragraph'),
  };
  contents.set(parts[0], { parts, kinds, content });
  return unitAt(article, indexes, stretch, content);
}

function unitAt(article: Article, indexes: number[], stretch: number, content: UnitContent): Unit {
  const first: Block = article.blocks[indexes[0]];
  return {
    blockStart: indexes[0],
    blockEnd: indexes[indexes.length - 1] + 1,
    offset: lineStart(article.text, first.span.start),
    startsWithParagraph: first.kind === 'paragraph' && first.depth === 0,
    ...content,
    stretch,
  };
}
