import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Mirrors server/src/titleRequests.ts (the client does not import server code). */
interface ProposeTitlesResult {
  readonly version: number;
  readonly current?: string;
  readonly candidates: readonly {
    readonly title: string;
    readonly width: number;
    readonly edit: { readonly range: { start: { line: number; character: number }; end: { line: number; character: number } }; readonly newText: string };
  }[];
}

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
  const result = await client.sendRequest<ProposeTitlesResult | null>('plume/proposeTitles', { uri: document.uri.toString() });
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
