// The meta description: where it is written and how long it may be. Rules check it, actions write it.
import { findTextField } from '../article/frontMatter';
import type { Article, FrontMatterField } from '../article/model';
import type { Span } from '../base/span';
import type { Settings } from '../config/settings';

/** Between these counts of characters the results page shows the description whole. */
export const DESCRIPTION_MIN = 120;
export const DESCRIPTION_MAX = 156;

/** How the description field stands in the front matter. */
export type DescriptionState = 'absent' | 'empty' | 'present' | 'unwritable';

export function descriptionField(article: Article, field: string): FrontMatterField | undefined {
  return article.frontMatter?.fields.find((f) => f.key === field);
}

export function descriptionState(article: Article, field: string): DescriptionState {
  const fm = article.frontMatter;
  if (fm?.error) return 'unwritable';
  const f = descriptionField(article, field);
  if (!f) return 'absent';
  if (f.value === null || f.value === undefined || (typeof f.value === 'string' && f.value.trim() === '')) return 'empty';
  return typeof f.value === 'string' ? 'present' : 'unwritable';
}

/** The meta description from the front matter (`plume.frontMatter.descriptionField`), if any. */
export function description(ctx: { readonly article: Article; readonly settings: Settings }): { text: string; field: FrontMatterField } | undefined {
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
