import { findTextField } from '../article/frontMatter';
import type { Article } from '../article/model';
import type { Span } from '../base/span';
import type { Settings } from '../config/settings';
import { keyphraseKey, textKey } from './fold';

/** A zero-based line and UTF-16 column, as LSP counts them. */
export interface LineColumn {
  readonly line: number;
  readonly character: number;
}

/** A place in another article, with its line and column already computed (the index keeps no texts). */
export interface SiteLocation {
  /** The article's path relative to the site root, with `/` separators. */
  readonly path: string;
  readonly span: Span;
  readonly start: LineColumn;
  readonly end: LineColumn;
}

export interface SummaryField {
  readonly text: string;
  /** What two articles share when a reader would call the values the same. */
  readonly key: string;
  readonly location: SiteLocation;
}

/** What the site-wide checks know of an article: a few hundred bytes, whatever its length. */
export interface ArticleSummary {
  readonly path: string;
  readonly title?: SummaryField;
  readonly description?: SummaryField;
  readonly keyphrase?: SummaryField;
}

export function lineColumnAt(text: string, offset: number): LineColumn {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

export function locationOf(path: string, text: string, span: Span): SiteLocation {
  return { path, span, start: lineColumnAt(text, span.start), end: lineColumnAt(text, span.end) };
}

/** The value's span without its quotes, so a related location points at the words themselves. */
function unquoted(text: string, span: Span): Span {
  const first = text[span.start];
  const last = text[span.end - 1];
  if (span.end - span.start >= 2 && (first === '"' || first === "'") && last === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}

export function summarizeArticle(path: string, article: Article, settings: Settings): ArticleSummary {
  const field = (names: readonly string[], key: (s: string) => string): SummaryField | undefined => {
    const found = findTextField(article.frontMatter, names);
    if (!found || found.text.trim() === '') return undefined;
    const span = unquoted(article.text, found.field.valueSpan);
    return { text: found.text.trim(), key: key(found.text), location: locationOf(path, article.text, span) };
  };
  const title = article.title;
  return {
    path,
    ...(title && title.text.trim() !== ''
      ? { title: { text: title.text.trim(), key: textKey(title.text), location: locationOf(path, article.text, title.span) } }
      : {}),
    ...optional('description', field(settings.frontMatter.descriptionFields, textKey)),
    ...optional('keyphrase', field(settings.frontMatter.keyphraseFields, keyphraseKey)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
