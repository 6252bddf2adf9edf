import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { shiftSpan, type Analysis, type Settings, type TextChange } from '../core';
import { hoverMarkdown, previewOf, serpFields, type SerpField } from '../core/seo/serpPreview';
import { toRange } from './positions';

/** Title and description written by the writer (a first paragraph standing in has no preview of its own). */
export function previewFields(analysis: Analysis, settings: Settings): SerpField[] {
  const { title, description } = serpFields(analysis.article, settings);
  return [title, description].filter((f): f is SerpField => f !== undefined && f.source !== 'excerpt');
}

/**
 * The fields of an older version's analysis after the changes since, or undefined when a change
 * touches one of them (the newest analysis must then be awaited).
 */
export function shiftedFields(fields: readonly SerpField[], changes: readonly TextChange[]): SerpField[] | undefined {
  const shifted: SerpField[] = [];
  for (const field of fields) {
    const span = shiftSpan(field.span, changes);
    if (!span) return undefined;
    shifted.push({ ...field, span });
  }
  return shifted;
}

/** The results-page preview when the cursor is on the title or the description. */
export function provideHover(document: TextDocument, fields: readonly SerpField[], settings: Settings, offset: number): Hover | null {
  const field = fields.find((f) => offset >= f.span.start && offset <= f.span.end);
  if (!field) return null;
  return {
    contents: { kind: 'markdown', value: hoverMarkdown(previewOf(field), settings.locale) },
    range: toRange(document, field.span),
  };
}
