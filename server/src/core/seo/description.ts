// The meta description: where it is written and how long it may be. Rules check it, actions write it.
import { findTextField } from '../article/frontMatter';
import type { Article, FrontMatterField } from '../article/model';
import type { Span } from '../base/span';
import type { Settings } from '../config/settings';

/** Between these counts of characters the results page shows the description whole. */
export const DESCRIPTION_MIN = 120;
export const DESCRIPTION_MAX = 156;
/** Results pages draw descriptions in Arial at 14 px. */
export const DESCRIPTION_FONT_PX = 14;

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

/**
 * The field that serves as the description: the first of `plume.frontMatter.descriptionFields` that
 * holds text, else the first one present (empty), else undefined.
 */
export function servingDescriptionField(article: Article, settings: Settings): FrontMatterField | undefined {
  const names = settings.frontMatter.descriptionFields;
  const holding = findTextField(article.frontMatter, names);
  if (holding && holding.text.trim() !== '') return holding.field;
  for (const name of names) {
    const f = descriptionField(article, name);
    if (f) return f;
  }
  return undefined;
}

/** The meta description from the front matter (`plume.frontMatter.descriptionFields`), if any. */
export function description(ctx: { readonly article: Article; readonly settings: Settings }): { text: string; field: FrontMatterField } | undefined {
  const raw = findTextField(ctx.article.frontMatter, ctx.settings.frontMatter.descriptionFields);
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
