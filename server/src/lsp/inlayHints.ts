import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../core';
import { inlayLabel, previewOf, type SerpField } from '../core/seo/serpPreview';

/** « 54 car. · 512/600 px » after the title and the description, within the requested range. */
export function provideInlayHints(document: TextDocument, fields: readonly SerpField[], settings: Settings, range: Range): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const field of fields) {
    if (field.span.end < from || field.span.end > to) continue;
    const preview = previewOf(field);
    hints.push({
      position: document.positionAt(field.span.end),
      label: inlayLabel(preview, settings.locale),
      paddingLeft: true,
      tooltip: preview.desktop.truncated
        ? settings.locale === 'fr'
          ? 'Tronqué sur ordinateur : survolez pour l’aperçu.'
          : 'Truncated on desktop: hover for the preview.'
        : settings.locale === 'fr'
          ? 'Survolez pour l’aperçu dans les résultats de recherche.'
          : 'Hover for the search results preview.',
    });
  }
  return hints;
}
