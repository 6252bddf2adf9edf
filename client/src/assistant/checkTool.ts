import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CHECK_REQUEST, type CheckParams, type CheckResult } from '../../../server/src/lsp/protocol';

interface CheckInput {
  readonly path: string;
}

function uriOf(path: string): vscode.Uri {
  if (/^[a-z][\w+.-]*:\/\//i.test(path)) return vscode.Uri.parse(path);
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return vscode.Uri.file(path);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, path) : vscode.Uri.file(path);
}

/**
 * The language-model tool `plume_check` (package.json `languageModelTools`): an agent in VS Code gets
 * a file's findings, with Plume's rules and settings, to check and fix an article. Read-only: nothing
 * is sent anywhere by Plume.
 */
export function registerCheckTool(client: LanguageClient): vscode.Disposable {
  return vscode.lm.registerTool<CheckInput>('plume_check', {
    prepareInvocation(options) {
      return { invocationMessage: vscode.l10n.t('Checking {0} with Plume', options.input.path) };
    },
    async invoke(options, token) {
      const uri = uriOf(options.input.path);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open ? undefined : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const result = await client.sendRequest<CheckResult | null>(CHECK_REQUEST, { uri: uri.toString(), ...(text !== undefined ? { text } : {}) } satisfies CheckParams, token);
      const lines = (result?.findings ?? []).map((f) => `${options.input.path}:${f.line}: ${f.severity} ${f.rule}: ${f.message}`);
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(lines.length > 0 ? lines.join('\n') : vscode.l10n.t('Plume found nothing to report in {0}.', options.input.path))]);
    },
  });
}
