// What both entries of the extension share (Node: extension.ts, browser: browser.ts): the documents
// Plume serves, the palette commands, the writer's view, the file requests of the browser server, the
// restart policy. Each entry only says how the language server starts.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions } from 'vscode-languageclient';
import { initProjectFile } from './commands/initProjectFile';
import { proposeDescriptions } from './commands/proposeDescriptions';
import { proposeTitles } from './commands/proposeTitles';
import { AssistantCommands } from './assistant/assistant';
import { registerCheckTool } from './assistant/checkTool';
import { lastShownChange, runSourceAction, showChange } from './commands/sourceAction';
import { loadBundles, t, uiLocale } from './i18n';
import { registerFileRequests } from './fileRequests';
import { RestartPolicy } from './restartPolicy';
import { registerWriterView } from './writerView';

/** The setting that adds notebooks' Markdown cells (off by default: a cell is rarely a whole article). */
export const NOTEBOOKS_SETTING = 'notebooks.enabled';

const BASE_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'mdx', scheme: 'file' },
  { language: 'mdx', scheme: 'untitled' },
  // Virtual workspaces (GitHub repositories on vscode.dev and github.dev) and code-server's remote.
  { language: 'markdown', scheme: 'vscode-vfs' },
  { language: 'mdx', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'vscode-remote' },
  { language: 'mdx', scheme: 'vscode-remote' },
];
const NOTEBOOK_CELLS = [{ language: 'markdown', scheme: 'vscode-notebook-cell' }];

/** The documents Plume analyses, notebooks' Markdown cells included when the writer enabled them. */
export function documentSelector(notebooks: boolean): DocumentSelector {
  return notebooks ? [...BASE_SELECTOR, ...NOTEBOOK_CELLS] : [...BASE_SELECTOR];
}

const notebooksEnabled = () => vscode.workspace.getConfiguration('plume').get<boolean>(NOTEBOOKS_SETTING) === true;

export interface ClientFactory {
  (options: LanguageClientOptions): BaseLanguageClient;
}

let client: BaseLanguageClient | undefined;

/** Stops the server if it runs, then starts it: the same for a Node process and a web worker. */
async function restart(c: BaseLanguageClient): Promise<void> {
  if (c.isRunning()) await c.stop();
  await c.start();
}

export async function activateWith(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, create: ClientFactory): Promise<void> {
  await loadBundles(context.extensionUri);
  // Project files and the articles of the site index: the server re-reads them when they change.
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.plumerc.json,*.md,*.mdx,*.markdown}');
  context.subscriptions.push(watcher);
  const restarts = new RestartPolicy();
  const selector = documentSelector(notebooksEnabled()) as unknown[];
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector as DocumentSelector,
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
          const again = uiLocale() === 'en' ? 'Restart' : 'Redémarrer';
          const text = uiLocale() === 'en'
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
  const current = (client = create(clientOptions));
  context.subscriptions.push(
    vscode.commands.registerCommand('plume.restartServer', async () => {
      restarts.reset();
      await restart(current);
    }),
    vscode.commands.registerCommand('plume.insertSubheadings', () =>
      runSourceAction('insertSubheadings', t('No subheading to insert: every long stretch already has one.')),
    ),
    vscode.commands.registerCommand('plume.generateDescription', () =>
      runSourceAction('generateDescription', t('No meta description could be generated for this document.')),
    ),
    vscode.commands.registerCommand('plume.fixTypography', () => runSourceAction('fixTypography', t('No typography to fix.'))),
    vscode.commands.registerCommand('plume.writeSlug', () => runSourceAction('writeSlug', t('The article already has a slug, or no title to build one from.'))),
    vscode.commands.registerCommand('plume.proposeTitles', () => proposeTitles(current)),
    vscode.commands.registerCommand('plume.proposeDescriptions', () => proposeDescriptions(current)),
    vscode.commands.registerCommand('plume.showChange', showChange),
    // For the end-to-end tests: what the last action said it changed.
    vscode.commands.registerCommand('plume.internal.lastChange', lastShownChange),
    vscode.commands.registerCommand('plume.initProjectFile', () => initProjectFile(current)),
    ...registerFileRequests(current),
    // The selector is read when the client starts: a change of the notebook setting restarts it.
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(`plume.${NOTEBOOKS_SETTING}`)) return;
      selector.splice(0, selector.length, ...(documentSelector(notebooksEnabled()) as unknown[]));
      if (current.isRunning()) await restart(current);
    }),
  );
  registerWriterView(context, current);
  const assistant = new AssistantCommands(context, current);
  context.subscriptions.push(assistant, registerCheckTool(current));
  await current.start();
  assistant.listen();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
