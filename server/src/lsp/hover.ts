import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Settings } from '../core';
import { hoverMarkdown, previewOf, serpFields, type SerpField } from '../core/seo/serpPreview';
import { toRange } from './positions';

/** Title and description written by the writer (a first paragraph standing in has no preview of its own). */
export function previewFields(analysis: Analysis, settings: Settings): SerpField[] {
  const { title, description } = serpFields(analysis.article, settings);
  return [title, description].filter((f): f is SerpField => f !== undefined && f.source !== 'excerpt');
}

/** The results-page preview when the cursor is on the title or the description. */
export function provideHover(document: TextDocument, analysis: Analysis, settings: Settings, offset: number): Hover | null {
  const field = previewFields(analysis, settings).find((f) => offset >= f.span.start && offset <= f.span.end);
  if (!field) return null;
  return {
    contents: { kind: 'markdown', value: hoverMarkdown(previewOf(field), settings.locale) },
    range: toRange(document, field.span),
  };
}
