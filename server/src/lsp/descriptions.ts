import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Settings } from '../core';
import { generateDescriptions } from '../core/actions/description/generate';
import { writeDescription } from '../core/actions/description/frontMatterEdit';
import { charLength } from '../core/article/plainText';
import { description as currentDescription, descriptionState } from '../core/seo/description';
import { textWidth } from '../core/seo/width';
import { toRange } from './positions';
import type { ProposeDescriptionsResult } from './protocol';

/** The three descriptions « generate the meta description » offers, each with the edit that writes it. */
export function proposeDescriptionsResult(document: TextDocument, analysis: Analysis, settings: Settings): ProposeDescriptionsResult {
  const { article } = analysis;
  const field = settings.frontMatter.descriptionField;
  const state = descriptionState(article, field);
  const current = currentDescription({ article, settings })?.text;
  if (state === 'unwritable') return { version: document.version, ...(current ? { current } : {}), candidates: [] };
  const titleKey = article.title?.source === 'frontMatter' ? article.title.field : undefined;
  const candidates = generateDescriptions(article, settings).flatMap((d) => {
    const e = writeDescription(article, field, d, { replace: state === 'present', ...(titleKey ? { titleKey } : {}) });
    return e ? [{ description: d, length: charLength(d), width: Math.round(textWidth(d, 14)), edit: { range: toRange(document, e), newText: e.newText } }] : [];
  });
  return { version: document.version, ...(current ? { current } : {}), candidates };
}
