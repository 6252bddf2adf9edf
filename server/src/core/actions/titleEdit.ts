import type { Article } from '../article/model';
import type { TextEdit } from '../base/edit';

/** The smallest edit turning `oldText` (at `start` in the document) into `newText`. */
export function minimalEdit(start: number, oldText: string, newText: string): TextEdit {
  let p = 0;
  const max = Math.min(oldText.length, newText.length);
  while (p < max && oldText[p] === newText[p]) p++;
  let s = 0;
  while (s < max - p && oldText[oldText.length - 1 - s] === newText[newText.length - 1 - s]) s++;
  return { start: start + p, end: start + oldText.length - s, newText: newText.slice(p, newText.length - s) };
}

/** A YAML or TOML double-quoted string holding `value` (JSON escaping is valid in both). */
export function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * The edit that replaces the article's title by `newTitle`: a minimal edit when the title is written
 * as is in the document; for a front-matter value with escapes or folded lines, a fresh quoted value.
 */
export function replaceTitleEdit(article: Article, newTitle: string): TextEdit | undefined {
  const title = article.title;
  if (!title || newTitle === title.text) return undefined;
  const written = article.text.slice(title.span.start, title.span.end);
  if (written === title.text) return minimalEdit(title.span.start, written, newTitle);
  if (title.source === 'frontMatter' && title.field) {
    const field = article.frontMatter?.fields.find((f) => f.key === title.field);
    if (field && typeof field.value === 'string') return { start: field.valueSpan.start, end: field.valueSpan.end, newText: quoted(newTitle) };
  }
  return undefined;
}
