import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PROPOSE_DESCRIPTIONS_REQUEST, type ProposeDescriptionsResult } from '../../../server/src/lsp/protocol';

const SHOWN_SPACES = /[\u202f\u00a0]/g;

/**
 * « Plume : proposer des méta-descriptions »: asks the server for its three candidates (whole
 * sentences, 120–156 characters, 920 px), shows them with their length, and writes the chosen one.
 */
export async function proposeDescriptions(client: LanguageClient | undefined): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || !['markdown', 'mdx'].includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown article first.'));
    return false;
  }
  const document = editor.document;
  const result = await client.sendRequest<ProposeDescriptionsResult | null>(PROPOSE_DESCRIPTIONS_REQUEST, { uri: document.uri.toString() });
  if (!result || result.candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Plume found no sentence to build a description from.'));
    return false;
  }
  const items = result.candidates.map((c) => ({ label: c.description.replace(SHOWN_SPACES, ' '), description: `${c.length} · ${c.width} px`, candidate: c }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Proposed meta descriptions (whole sentences, 120–156 characters)'),
    placeHolder: result.current ? vscode.l10n.t('Current description: {0}', result.current) : vscode.l10n.t('The article has no description yet'),
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
