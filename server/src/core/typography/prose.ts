import { articleMasks } from '../article/parse';
import type { Article } from '../article/model';
import type { Span } from '../base/span';
import { parseFrontMatter } from '../article/frontMatter';
import { ENGLISH_FUNCTION_WORDS, FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import { blockFolded } from '../french/words';

/** A stretch of text whose unmasked characters may be corrected, with the front-matter field it sits in. */
export interface ProseSegment {
  readonly span: Span;
  /** Set for a front-matter value: edits there are checked by re-parsing the front matter. */
  readonly field?: string;
  /** For a block of the body: its index in `Article.blocks`. */
  readonly block?: number;
}

export interface ProseMap {
  /** 1 where the character is prose that typography may touch; 0 for code, HTML, URLs, marks, keys. */
  readonly prose: Uint8Array;
  readonly segments: readonly ProseSegment[];
}

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'quote', 'table']);
/** Front-matter fields holding prose besides the title fields and the description field. */
const EXTRA_PROSE_FIELDS = ['subtitle', 'summary', 'excerpt'];

const cache = new WeakMap<Article, ProseMap>();

/**
 * Which characters of the article are prose, exactly: `Article.masked` blanks masked regions with
 * spaces, which makes a space inside inline code look like prose, so the masks themselves are read
 * from the parse (cached per article).
 */
export function proseMap(article: Article, proseFields: readonly string[]): ProseMap {
  const cached = cache.get(article);
  if (cached) return cached;
  const { text } = article;
  const prose = new Uint8Array(text.length);
  const segments: ProseSegment[] = [];
  const head = article.bodyStart;
  article.blocks.forEach((b, block) => {
    if (!PROSE_BLOCKS.has(b.kind)) return;
    prose.fill(1, b.span.start, b.span.end);
    segments.push({ span: b.span, block });
  });
  for (const m of articleMasks(article)) prose.fill(0, m.start, m.end);
  // MDX expressions (« {'  '} », « {/* note */} ») are code, not prose.
  const expression = /\{[^{}\n]{0,200}\}/g;
  for (let m = expression.exec(text); m; m = expression.exec(text)) prose.fill(0, m.index, m.index + m[0].length);
  prose.fill(0, 0, head);
  const fm = article.frontMatter;
  if (fm && !fm.error) {
    for (const field of fm.fields) {
      if (!proseFields.includes(field.key) && !EXTRA_PROSE_FIELDS.includes(field.key)) continue;
      if (typeof field.value !== 'string' || field.value === '') continue;
      // Only a value written as is (bare or simply quoted, no escape, one line) maps onto the text.
      const raw = text.slice(field.valueSpan.start, field.valueSpan.end);
      const at = raw.indexOf(field.value);
      if (at < 0 || at > 1 || field.value.includes('\n')) continue;
      const span = { start: field.valueSpan.start + at, end: field.valueSpan.start + at + field.value.length };
      prose.fill(1, span.start, span.end);
      segments.push({ span, field: field.key });
    }
  }
  segments.sort((a, b) => a.span.start - b.span.start);
  const map = { prose, segments };
  cache.set(article, map);
  return map;
}

/**
 * Whether a front-matter edit keeps the front matter valid and changes only the field's value as
 * intended (a plain YAML scalar may change meaning when a character is added).
 */
export function frontMatterEditIsSafe(text: string, field: string, edited: string, valueStart: number, valueEnd: number): boolean {
  const before = parseFrontMatter(text);
  const after = parseFrontMatter(edited);
  if (!before || !after || after.error) return false;
  const oldField = before.fields.find((f) => f.key === field);
  const newField = after.fields.find((f) => f.key === field);
  if (!oldField || !newField || typeof newField.value !== 'string') return false;
  const delta = edited.length - text.length;
  const expected = edited.slice(valueStart, valueEnd + delta);
  return newField.value === expected && after.fields.length === before.fields.length;
}

const frenchCache = new WeakMap<Article, boolean>();
const ELIDED = /^(?:l|d|qu|n|s|c|j)'/;

/**
 * French typography applies to French text only: the body's function words decide (a page marked
 * `lang: fr` may be English); a body too short to judge follows the front matter `lang`, else French.
 */
export function isFrenchArticle(article: Article): boolean {
  const cached = frenchCache.get(article);
  if (cached !== undefined) return cached;
  let french = 0;
  let english = 0;
  const n = Math.min(article.words.length, 3000);
  // The first words, folded block by block as the rules fold them (the same characters: words are prose).
  for (let b = 0; b < article.blocks.length && article.blocks[b].wordStart < n; b++) {
    const folded = blockFolded(article, b);
    const count = Math.min(folded.length, n - article.blocks[b].wordStart);
    for (let k = 0; k < count; k++) {
      const w = folded[k];
      if (FRENCH_FUNCTION_WORDS.has(w) || ELIDED.test(w)) french++;
      else if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
    }
  }
  let result: boolean;
  if (french + english >= 10) result = french > english;
  else {
    const lang = article.frontMatter?.fields.find((f) => f.key === 'lang' || f.key === 'language' || f.key === 'locale')?.value;
    result = typeof lang === 'string' ? /^fr\b/i.test(lang) : true;
  }
  frenchCache.set(article, result);
  return result;
}
