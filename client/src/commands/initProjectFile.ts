import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { INIT_PROJECT_FILE_REQUEST, type InitProjectFileResult } from '../../../server/src/lsp/protocol';

/**
 * « Plume : créer .plumerc.json d’après le site » (`plume init` in the palette): asks the server for the
 * commented project file built from the site's detected conventions, writes it beside the site's
 * configuration (never over an existing file without asking) and opens it.
 */
export async function initProjectFile(client: BaseLanguageClient | undefined): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || !['markdown', 'mdx'].includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown article first.'));
    return false;
  }
  const result = await client.sendRequest<InitProjectFileResult | null>(INIT_PROJECT_FILE_REQUEST, { uri: editor.document.uri.toString() });
  if (!result) {
    // The browser's server detects no site conventions (no disk to sample the articles from).
    void vscode.window.showInformationMessage(vscode.l10n.t('Plume cannot detect the site’s conventions here: write .plumerc.json by hand.'));
    return false;
  }
  const target = vscode.Uri.joinPath(vscode.Uri.parse(result.folderUri), '.plumerc.json');
  const exists = await vscode.workspace.fs.stat(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    const replace = vscode.l10n.t('Replace');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', target.fsPath), { modal: true }, replace);
    if (choice !== replace) return false;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(target);
  return true;
}
