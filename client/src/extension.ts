// The extension's Node entry (`main`: desktop VS Code, VSCodium, code-server's remote host): the
// language server runs as a Node process over IPC. The browser entry is browser.ts; both share activate.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/platform/serverProcess';
import { activateWith } from './activate';

export { deactivate } from './activate';

/** Starts the language server over IPC; the server does all the analysis, the client only shows it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Plume', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath('dist/server.js');
  // The server keeps V8's compiled code of its bundle there between starts (see server/src/platform/codeCache.ts).
  const env = { ...process.env, PLUME_CODE_CACHE_DIR: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  await activateWith(context, output, (clientOptions) => new LanguageClient('plume', 'Plume', serverOptions, clientOptions));
}
