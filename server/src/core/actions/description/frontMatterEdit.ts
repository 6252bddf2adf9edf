import { stringify as yamlStringify } from 'yaml';
import { parseFrontMatter } from '../../article/frontMatter';
import type { Article, FrontMatter } from '../../article/model';
import { descriptionField, descriptionState } from '../../seo/description';
import { applyEdits, type TextEdit } from '../../base/edit';

function yamlKey(key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
}

function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}

/** A one-line YAML scalar: plain when it can be, quoted and escaped otherwise. */
export function yamlScalar(value: string): string {
  const out = yamlStringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\r?\n$/, '');
  return out.includes('\n') ? JSON.stringify(value) : out;
}

/** A TOML basic string (JSON escapes are valid TOML escapes for text). */
export function tomlString(value: string): string {
  return JSON.stringify(value);
}

function lineBreak(text: string, from: number): string {
  const nl = text.indexOf('\n', from);
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Where a new field line goes: after a one-line title field when there is one, else at the end of the top-level keys. */
function insertionPoint(text: string, fm: FrontMatter, titleKey: string | undefined): number {
  const title = titleKey ? fm.fields.find((f) => f.key === titleKey) : undefined;
  if (title && !text.slice(title.keySpan.start, title.valueSpan.end).includes('\n')) {
    const at = lineEnd(text, title.valueSpan.end);
    if (at <= fm.contentSpan.end) return at;
  }
  if (fm.kind === 'toml') {
    // A key after a [table] header would belong to the table: insert before the first header.
    const content = text.slice(fm.contentSpan.start, fm.contentSpan.end);
    const header = /^[ \t]*\[/m.exec(content);
    if (header) return fm.contentSpan.start + header.index;
  }
  return fm.contentSpan.end;
}

function sameFields(before: FrontMatter, after: FrontMatter, field: string): boolean {
  const a = before.fields.filter((f) => f.key !== field);
  const b = after.fields.filter((f) => f.key !== field);
  return a.length === b.length && a.every((f, i) => f.key === b[i].key && JSON.stringify(f.value) === JSON.stringify(b[i].value));
}

/**
 * The edit that writes `value` into the front-matter field `field`: a new front matter when there is
 * none, a new line when the field is absent, the value replaced when it is empty or when `replace`
 * is set. Every edit is checked by parsing the result: undefined when the front matter would not read
 * back with exactly the new value and every other field unchanged.
 */
export function writeDescription(article: Article, field: string, value: string, options: { replace?: boolean; titleKey?: string } = {}): TextEdit | undefined {
  const { text } = article;
  const fm = article.frontMatter;
  const state = descriptionState(article, field);
  if (state === 'unwritable' || (state === 'present' && !options.replace)) return undefined;
  let edit: TextEdit;
  if (!fm) {
    const eol = lineBreak(text, 0);
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    edit = { start: at, end: at, newText: `---${eol}${yamlKey(field)}: ${yamlScalar(value)}${eol}---${eol}${eol}` };
  } else {
    const eol = lineBreak(text, fm.span.start);
    const scalar = fm.kind === 'yaml' ? yamlScalar(value) : tomlString(value);
    const existing = descriptionField(article, field);
    if (!existing) {
      const line = fm.kind === 'yaml' ? `${yamlKey(field)}: ${scalar}` : `${tomlKey(field)} = ${scalar}`;
      const at = insertionPoint(text, fm, options.titleKey);
      edit = { start: at, end: at, newText: line + eol };
    } else if (existing.valueSpan.end > existing.valueSpan.start) {
      // Keep the line breaks a block scalar's range may include.
      const raw = text.slice(existing.valueSpan.start, existing.valueSpan.end);
      const trailing = /\s*$/.exec(raw)?.[0] ?? '';
      edit = { start: existing.valueSpan.start, end: existing.valueSpan.end - trailing.length, newText: scalar };
    } else {
      // `description:` with nothing after it: the value goes after the separator.
      const sep = fm.kind === 'yaml' ? ':' : '=';
      const at = text.indexOf(sep, existing.keySpan.end);
      if (at === -1 || at >= lineEnd(text, existing.keySpan.end)) return undefined;
      edit = { start: at + 1, end: at + 1, newText: ` ${scalar}` };
    }
  }
  const after = parseFrontMatter(applyEdits(text, [edit]));
  if (!after || after.error) return undefined;
  const written = after.fields.find((f) => f.key === field);
  if (written?.value !== value) return undefined;
  if (fm && !sameFields(fm, after, field)) return undefined;
  return edit;
}
