import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addedFindings, GENERATOR_TARGETS, proposeTitles, titleReplacement, type Analysis, type Settings } from '../core';
import { toRange } from './positions';
import type { ProposeTitlesResult } from './protocol';

export function proposeTitlesResult(document: TextDocument, analysis: Analysis, settings: Settings): ProposeTitlesResult {
  const { article } = analysis;
  const candidates = proposeTitles(article, settings)
    // Only titles the title rules accept (width, language, a single H1) are proposed.
    .filter((c) => addedFindings(article.text, [titleReplacement(article, c.text)], analysis.findings, settings, GENERATOR_TARGETS.proposeTitle).length === 0)
    .map((c) => {
    const e = titleReplacement(article, c.text);
    return { title: c.text, width: c.width, edit: { range: toRange(document, e), newText: e.newText } };
  });
  return { version: document.version, ...(article.title ? { current: article.title.text } : {}), candidates };
}
