import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerWriterView } from './writerView';
import { proposeTitles } from './commands/proposeTitles';
import { runSourceAction } from './commands/sourceAction';

let client: LanguageClient | undefined;

/** Starts the language server over IPC; the server does all the analysis, the client only shows it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Plume', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath('dist/server.js');
  // Project files and the articles of the site index: the server re-reads them when they change.
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.plumerc.json,*.md,*.mdx,*.markdown}');
  context.subscriptions.push(watcher);
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
    initializationOptions: { locale: vscode.env.language, watchesFiles: true },
    synchronize: { configurationSection: 'plume', fileEvents: watcher },
  };
  client = new LanguageClient('plume', 'Plume', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('plume.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('plume.insertSubheadings', () =>
      runSourceAction('insertSubheadings', vscode.l10n.t('No subheading to insert: every long stretch already has one.')),
    ),
    vscode.commands.registerCommand('plume.generateDescription', () =>
      runSourceAction('generateDescription', vscode.l10n.t('No meta description could be generated for this document.')),
    ),
    vscode.commands.registerCommand('plume.fixTypography', () => runSourceAction('fixTypography', vscode.l10n.t('No typography to fix.'))),
    vscode.commands.registerCommand('plume.writeSlug', () => runSourceAction('writeSlug', vscode.l10n.t('The article already has a slug, or no title to build one from.'))),
    vscode.commands.registerCommand('plume.proposeTitles', () => proposeTitles(client)),
  );
  registerWriterView(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
