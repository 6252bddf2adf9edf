import type { Article, FrontMatterField } from '../article/model';
import type { TextEdit } from '../base/edit';
import { quoted } from './titleEdit';

/** Replaces the value of an existing `slug` field, keeping its quotes. */
export function replaceSlugEdit(article: Article, field: FrontMatterField, slug: string): TextEdit {
  const raw = article.text.slice(field.valueSpan.start, field.valueSpan.end);
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q) && !raw.slice(1, -1).includes('\\')) {
    return { start: field.valueSpan.start + 1, end: field.valueSpan.end - 1, newText: slug };
  }
  const fm = article.frontMatter;
  return { start: field.valueSpan.start, end: field.valueSpan.end, newText: fm?.kind === 'toml' ? quoted(slug) : slug };
}

/** Adds a `slug` field: after the title field when there is one, else first; creates YAML front matter if needed. */
export function insertSlugEdit(article: Article, slug: string, titleField?: string): TextEdit | undefined {
  const { text } = article;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const fm = article.frontMatter;
  if (!fm) return { start: article.bodyStart, end: article.bodyStart, newText: `---${eol}slug: ${slug}${eol}---${eol}` };
  if (fm.error) return undefined;
  const line = fm.kind === 'toml' ? `slug = ${quoted(slug)}${eol}` : `slug: ${slug}${eol}`;
  const title = titleField ? fm.fields.find((f) => f.key === titleField) : undefined;
  let at = fm.contentSpan.start;
  if (title) {
    const nl = text.indexOf('\n', title.valueSpan.end);
    // A multi-line value (folded YAML) ends before the next field: insert after its last line.
    if (nl >= 0 && nl < fm.contentSpan.end) at = nl + 1;
    else at = fm.contentSpan.end;
    if (fm.kind === 'yaml' && /^[ \t]/.test(text.slice(at, at + 1))) at = fm.contentSpan.start; // indented continuation: play safe
  }
  return { start: at, end: at, newText: line };
}
