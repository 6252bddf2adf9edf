import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerWriterView } from './writerView';

let client: LanguageClient | undefined;

/** Starts the language server over IPC; the server does all the analysis, the client only shows it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Plume', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'mdx', scheme: 'file' },
      { language: 'mdx', scheme: 'untitled' },
    ],
    outputChannel: output,
    initializationOptions: { locale: vscode.env.language },
    synchronize: { configurationSection: 'plume' },
  };
  client = new LanguageClient('plume', 'Plume', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('plume.restartServer', async () => {
      await client?.restart();
    }),
  );
  registerWriterView(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
