import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PROPOSE_TITLES_REQUEST, type ProposeTitlesResult } from '../../../server/src/lsp/protocol';

const SHOWN_SPACES = /[\u202f\u00a0]/g;

/**
 * « Plume : proposer des titres »: asks the server for candidates built from the focus keyphrase and
 * the article's salient phrases, shows them with their width, and puts the chosen one in place.
 */
export async function proposeTitles(client: LanguageClient | undefined): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || !['markdown', 'mdx'].includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown article first.'));
    return false;
  }
  const document = editor.document;
  const result = await client.sendRequest<ProposeTitlesResult | null>(PROPOSE_TITLES_REQUEST, { uri: document.uri.toString() });
  if (!result || result.candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Plume found nothing to build a title from (no keyphrase, no repeated phrase).'));
    return false;
  }
  const items = result.candidates.map((c) => ({ label: c.title.replace(SHOWN_SPACES, ' '), description: `${c.width} px`, candidate: c }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Proposed titles (under 600 px)'),
    placeHolder: result.current ? vscode.l10n.t('Current title: {0}', result.current) : vscode.l10n.t('The article has no title yet'),
  });
  if (!picked) return false;
  if (document.version !== result.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The article changed meanwhile: run the command again.'));
    return false;
  }
  const { range, newText } = picked.candidate.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
  return vscode.workspace.applyEdit(edit);
}
