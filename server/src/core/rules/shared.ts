// Helpers shared by several rules: the focus keyphrase, body prose, words as text. Results that cost
// something are memoised per parsed article, so that rules run together share the work.
import { blockMemo } from '../article/blockMemo';
import { findTextField } from '../article/frontMatter';
import type { Article, Block, FrontMatterField, Sentence, Span } from '../article/model';
import { KeyphraseMatcher } from '../french/keyphrase';
import { foldWord } from '../french/letters';
import { detached } from '../french/memo';
import { stemWord } from '../french/stem';
import type { RuleContext } from './rule';

export interface FocusKeyphrase {
  readonly text: string;
  readonly field: FrontMatterField;
  readonly matcher: KeyphraseMatcher;
}

const keyphraseCache = new WeakMap<Article, Map<string, FocusKeyphrase | null>>();

/** The focus keyphrase from the front matter (`plume.frontMatter.keyphraseFields`), if any. */
export function focusKeyphrase(ctx: RuleContext): FocusKeyphrase | undefined {
  const fields = ctx.settings.frontMatter.keyphraseFields;
  const key = fields.join('\u0000');
  let byFields = keyphraseCache.get(ctx.article);
  if (!byFields) keyphraseCache.set(ctx.article, (byFields = new Map()));
  let found = byFields.get(key);
  if (found === undefined) {
    const raw = findTextField(ctx.article.frontMatter, fields);
    const text = raw?.text.trim() ?? '';
    const matcher = new KeyphraseMatcher(text);
    found = raw && !matcher.isEmpty ? { text, field: raw.field, matcher } : null;
    byFields.set(key, found);
  }
  return found ?? undefined;
}

/** The meta description from the front matter (`plume.frontMatter.descriptionField`), if any. */
export function description(ctx: RuleContext): { text: string; field: FrontMatterField } | undefined {
  const raw = findTextField(ctx.article.frontMatter, [ctx.settings.frontMatter.descriptionField]);
  if (!raw || raw.text.trim() === '') return undefined;
  return { text: raw.text.trim(), field: raw.field };
}

/** A value's span without its quotes, for pointing at a front-matter string. */
export function valueSpan(article: Article, field: FrontMatterField): Span {
  const raw = article.text.slice(field.valueSpan.start, field.valueSpan.end);
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q)) return { start: field.valueSpan.start + 1, end: field.valueSpan.end - 1 };
  return field.valueSpan;
}

/** Whether a block is body prose (not the title, not a heading, code or HTML). */
export function isBodyProse(article: Article, block: Block, index: number): boolean {
  return index !== article.titleBlock && (block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'quote' || block.kind === 'table');
}

const sentenceCache = new WeakMap<Article, Sentence[]>();

/** Sentences of body prose (headings and the title excluded), in order. */
export function bodySentences(article: Article): Sentence[] {
  let out = sentenceCache.get(article);
  if (!out) {
    out = [];
    article.blocks.forEach((b, i) => {
      if (isBodyProse(article, b, i) && b.kind !== 'table') out!.push(...article.sentences.slice(b.sentenceStart, b.sentenceEnd));
    });
    sentenceCache.set(article, out);
  }
  return out;
}

/** Whether a block is running text: a paragraph or a quote, not the title (lists and tables are not). */
export function isRunningText(article: Article, block: Block, index: number): boolean {
  return index !== article.titleBlock && (block.kind === 'paragraph' || block.kind === 'quote');
}

/** One value per word of block `index` (by word index from the block's first), reused while its text is unchanged. */
function blockWords(article: Article, slot: string, index: number, perWord: (word: string) => string): readonly string[] {
  const b = article.blocks[index];
  if (b.wordEnd === b.wordStart) return [];
  return blockMemo(article, slot, index, () => {
    const values: string[] = [];
    for (let k = b.wordStart; k < b.wordEnd; k++) values.push(detached(perWord(article.masked.slice(article.words[k].start, article.words[k].end))));
    return values;
  });
}

/** The words of block `index`, folded as `foldedWords` folds them, by word index from the block's first. */
export function blockFolded(article: Article, index: number): readonly string[] {
  return blockWords(article, 'folded', index, foldWord);
}

/** A per-word array over the whole article, made of the blocks' parts. */
function wordArray(article: Article, slot: string, perWord: (word: string) => string): string[] {
  const out = new Array<string>(article.words.length);
  article.blocks.forEach((b, i) => {
    const part = blockWords(article, slot, i, perWord);
    for (let k = 0; k < part.length; k++) out[b.wordStart + k] = part[k];
  });
  return out;
}

const foldedCache = new WeakMap<Article, string[]>();

/** Every word of the article, folded (lower case, no accents, straight apostrophe), by word index. */
export function foldedWords(article: Article): string[] {
  let out = foldedCache.get(article);
  if (!out) {
    out = wordArray(article, 'folded', foldWord);
    foldedCache.set(article, out);
  }
  return out;
}

const stemCache = new WeakMap<Article, string[]>();

/** Every word of the article stemmed as the keyphrase matcher does, by word index. */
export function stemmedWords(article: Article): string[] {
  let out = stemCache.get(article);
  if (!out) {
    out = wordArray(article, 'stemmed', stemWord);
    stemCache.set(article, out);
  }
  return out;
}

/** The body words' indices (title excluded) as [start, end) ranges by block. */
export function bodyWordRanges(article: Article): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  article.blocks.forEach((b, i) => {
    if (i !== article.titleBlock && b.wordEnd > b.wordStart) out.push([b.wordStart, b.wordEnd]);
  });
  return out;
}

/** Rounds a percentage to one decimal. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}
