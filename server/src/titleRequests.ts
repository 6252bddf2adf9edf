import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { proposeTitles, titleReplacement, type Analysis, type Settings } from './core';
import { toRange } from './positions';

/** Custom request of the palette command « Plume : proposer des titres ». */
export const PROPOSE_TITLES_REQUEST = 'plume/proposeTitles';

export interface ProposeTitlesParams {
  readonly uri: string;
}

export interface ProposeTitlesResult {
  /** The document version the edits apply to. */
  readonly version: number;
  readonly current?: string;
  readonly candidates: readonly { readonly title: string; readonly width: number; readonly edit: TextEdit }[];
}

export function proposeTitlesResult(document: TextDocument, analysis: Analysis, settings: Settings): ProposeTitlesResult {
  const { article } = analysis;
  const candidates = proposeTitles(article, settings).map((c) => {
    const e = titleReplacement(article, c.text);
    return { title: c.text, width: c.width, edit: { range: toRange(document, e), newText: e.newText } };
  });
  return { version: document.version, ...(article.title ? { current: article.title.text } : {}), candidates };
}
