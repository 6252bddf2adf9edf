import type { TextDocument } from 'vscode-languageserver-textdocument';
import { proposeTitles, titleReplacement, type Analysis, type Settings } from '../core';
import { toRange } from './positions';
import type { ProposeTitlesResult } from './protocol';

export function proposeTitlesResult(document: TextDocument, analysis: Analysis, settings: Settings): ProposeTitlesResult {
  const { article } = analysis;
  const candidates = proposeTitles(article, settings).map((c) => {
    const e = titleReplacement(article, c.text);
    return { title: c.text, width: c.width, edit: { range: toRange(document, e), newText: e.newText } };
  });
  return { version: document.version, ...(article.title ? { current: article.title.text } : {}), candidates };
}
