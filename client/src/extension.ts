import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerWriterView } from './writerView';
import { initProjectFile } from './commands/initProjectFile';
import { proposeTitles } from './commands/proposeTitles';
import { runSourceAction } from './commands/sourceAction';
import { RestartPolicy } from './restartPolicy';
import { AssistantCommands } from './assistant/assistant';
import { registerCheckTool } from './assistant/checkTool';
import { SERVER_EXEC_ARGV } from '../../server/src/platform/serverProcess';

let client: LanguageClient | undefined;

/** Starts the language server over IPC; the server does all the analysis, the client only shows it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Plume', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath('dist/server.js');
  // Project files and the articles of the site index: the server re-reads them when they change.
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.plumerc.json,*.md,*.mdx,*.markdown}');
  context.subscriptions.push(watcher);
  const restarts = new RestartPolicy();
  // The server keeps V8's compiled code of its bundle there between starts (see server/src/platform/codeCache.ts).
  const env = { ...process.env, PLUME_CODE_CACHE_DIR: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'mdx', scheme: 'file' },
      { language: 'mdx', scheme: 'untitled' },
      // Virtual workspaces (GitHub repositories): Plume reads only the open document's text, never the disk.
      { language: 'markdown', scheme: 'vscode-vfs' },
      { language: 'mdx', scheme: 'vscode-vfs' },
    ],
    outputChannel: output,
    // assistantUi: this client runs the assistant's command itself (quick picks), the server need not.
    initializationOptions: { locale: vscode.env.language, watchesFiles: true, assistantUi: true },
    synchronize: { configurationSection: 'plume', fileEvents: watcher },
    errorHandler: {
      // Read/write errors on the connection: keep going for a few, as the default does.
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
      // A crashed server is restarted silently (logged) up to 4 times in 3 minutes; then one message.
      closed: () => {
        const decision = restarts.closed(Date.now());
        output.warn(decision.restart ? 'Plume: the language server stopped; restarting it.' : 'Plume: the language server keeps stopping; not restarting it.');
        if (decision.notify) {
          const again = vscode.env.language.startsWith('en') ? 'Restart' : 'Redémarrer';
          const text = vscode.env.language.startsWith('en')
            ? 'The Plume server stopped 5 times in 3 minutes and will not be restarted. Details are in the « Plume » output.'
            : 'Le serveur Plume s’est arrêté 5 fois en 3 minutes ; il n’est plus redémarré. Détails dans la sortie « Plume ».';
          void vscode.window.showErrorMessage(text, again).then((choice) => {
            if (choice === again) void vscode.commands.executeCommand('plume.restartServer');
          });
        }
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  client = new LanguageClient('plume', 'Plume', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('plume.restartServer', async () => {
      restarts.reset();
      await (client?.isRunning() ? client.restart() : client?.start());
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
    vscode.commands.registerCommand('plume.initProjectFile', () => initProjectFile(client)),
  );
  registerWriterView(context, client);
  const assistant = new AssistantCommands(context, client);
  context.subscriptions.push(assistant, registerCheckTool(client));
  await client.start();
  assistant.listen();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
