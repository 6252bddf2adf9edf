import * as vscode from 'vscode';

/**
 * Runs a server source action from the palette: asks the code-action providers for exactly the kind
 * `source.plume.<id>` on the active Markdown document and applies the first one offered.
 */
export async function runSourceAction(actionId: string, noneMessage: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !['markdown', 'mdx'].includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown article first.'));
    return false;
  }
  const document = editor.document;
  const range = new vscode.Range(0, 0, document.lineCount, 0);
  const kind = vscode.CodeActionKind.Source.append('plume').append(actionId);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind.value);
  const action = actions?.find((a) => a.kind?.value === kind.value);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(noneMessage);
    return false;
  }
  return vscode.workspace.applyEdit(action.edit);
}
