// The extension's browser entry (`browser`: vscode.dev, github.dev, the web worker extension host of
// code-server): the language server runs in a web worker (dist/web/server.js) and reads the workspace
// through the client (fileRequests.ts). Same rules, actions and report as the Node entry (activate.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';

export { deactivate } from './activate';

/** The extension host's Worker (a web worker global: not in the Node types this project compiles with). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Plume', { log: true });
  context.subscriptions.push(output);
  const started = performance.now();
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // The extension host's Worker accepts the extension's own URIs (it fetches them from wherever the
  // extension is served), as VS Code's Markdown extension relies on.
  const worker = new Worker(serverMain.toString(true));
  await activateWith(context, output, (clientOptions) => new LanguageClient('plume', 'Plume', clientOptions, worker));
  output.info(`Plume: language server started in a web worker in ${Math.round(performance.now() - started)} ms`);
}
