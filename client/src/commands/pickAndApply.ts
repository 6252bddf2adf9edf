// The scaffold shared by the commands that ask the server for candidates (titles, descriptions), let
// the writer pick one and write it: a Markdown editor first, a message when there is nothing to offer,
// and no edit on a version of the article the candidates were not computed for.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { t } from '../i18n';

/** Plume shows no-break spaces as plain ones in pickers: the narrow one is invisible there. */
const SHOWN_SPACES = /[\u202f\u00a0]/g;

interface LspEdit {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly newText: string;
}

export interface Candidates<C> {
  readonly version: number;
  readonly current?: string;
  readonly candidates: readonly C[];
}

export interface PickAndApply<C extends { readonly edit: LspEdit }> {
  readonly request: string;
  /** Said when the server has nothing to propose. */
  readonly nothing: string;
  readonly title: string;
  /** The placeholder, from the current value (undefined when there is none). */
  readonly placeHolder: (current: string | undefined) => string;
  readonly label: (candidate: C) => string;
  readonly detail: (candidate: C) => string;
}

export async function pickAndApply<C extends { readonly edit: LspEdit }>(client: LanguageClient | undefined, spec: PickAndApply<C>): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || !['markdown', 'mdx'].includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(t('Open a Markdown article first.'));
    return false;
  }
  const document = editor.document;
  const result = await client.sendRequest<Candidates<C> | null>(spec.request, { uri: document.uri.toString() });
  if (!result || result.candidates.length === 0) {
    void vscode.window.showInformationMessage(spec.nothing);
    return false;
  }
  const items = result.candidates.map((candidate) => ({ label: spec.label(candidate).replace(SHOWN_SPACES, ' '), description: spec.detail(candidate), candidate }));
  const picked = await vscode.window.showQuickPick(items, { title: spec.title, placeHolder: spec.placeHolder(result.current) });
  if (!picked) return false;
  if (document.version !== result.version) {
    void vscode.window.showWarningMessage(t('The article changed meanwhile: run the command again.'));
    return false;
  }
  const { range, newText } = picked.candidate.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
  return vscode.workspace.applyEdit(edit);
}
