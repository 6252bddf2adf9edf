import * as vscode from 'vscode';
import { t, uiLocale } from '../i18n';

/** How many offered actions `vscode.executeCodeActionProvider` resolves: the palette asks for one kind. */
const RESOLVE_COUNT = 10;

/**
 * Runs a server source action from the palette: asks the code-action providers for exactly the kind
 * `source.plume.<id>` on the active Markdown document and applies the first one offered.
 */
export async function runSourceAction(actionId: string, noneMessage: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !['markdown', 'mdx'].includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(t('Open a Markdown article first.'));
    return false;
  }
  const document = editor.document;
  const range = new vscode.Range(0, 0, document.lineCount, 0);
  const kind = vscode.CodeActionKind.Source.append('plume').append(actionId);
  // The server lists its costly actions without their edit (`codeAction/resolve`): resolve the few offered.
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind.value, RESOLVE_COUNT);
  const action = actions?.find((a) => a.kind?.value === kind.value);
  if (!action?.edit) {
    // Resolved without edit (no longer applies, or refused by the rules): its command says why.
    if (action?.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    else void vscode.window.showInformationMessage(noneMessage);
    return false;
  }
  const applied = await vscode.workspace.applyEdit(action.edit);
  // What the lightbulb runs after the edit: reveal the change, say what changed.
  if (applied && action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return applied;
}

/** The change an action made, as the server describes it: the editor's range of the new text. */
interface WireRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/**
 * Run after a Plume action's edit (`plume.showChange`): when the change is off-screen (the slug or
 * the description in the front matter, the typography all over), the editor scrolls to it and the
 * status bar says what changed, for a few seconds.
 */
export function showChange(uri: string, range: WireRange, what: string): void {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (editor) {
    const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const visible = editor.visibleRanges.some((v) => v.contains(r.start));
    if (!visible) editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    editor.selection = new vscode.Selection(r.start, r.start);
  }
  lastChange = what;
  vscode.window.setStatusBarMessage(`$(check) Plume${uiLocale() === 'fr' ? '\u00a0: ' : ': '}${what}`, 6000);
}

let lastChange: string | undefined;

/** For the end-to-end tests: what the last `plume.showChange` said. */
export function lastShownChange(): string | undefined {
  return lastChange;
}
