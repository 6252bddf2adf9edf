// The extension's browser entry (`browser`: vscode.dev, github.dev, the web worker extension host of
// code-server): the language server runs in a web worker (dist/web/server.js) and reads the workspace
// through the client (fileRequests.ts). Same rules, actions and report as the Node entry (activate.ts).
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith } from './activate';

export { deactivate } from './activate';

/** What vscode-jsonrpc uses of a Worker (a web global: not in the Node types this project compiles with). */
interface WorkerLike {
  postMessage(message: unknown, transfer?: unknown): void;
  onmessage: unknown;
  addEventListener?: (type: string, listener: unknown) => void;
  terminate(): void;
}
declare const Worker: new (url: string) => WorkerLike;

type Port = ConstructorParameters<typeof BrowserMessageReader>[0];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Plume', { log: true });
  context.subscriptions.push(output);
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  let worker: WorkerLike | undefined;
  // A fresh worker at each start: a restart (command, crash, notebook setting) ends the previous one.
  const transports = async (): Promise<MessageTransports> => {
    worker?.terminate();
    const started = performance.now();
    const current = (worker = await startWorker(serverMain));
    output.info(`Plume: language server worker created in ${Math.round(performance.now() - started)} ms`);
    const port = current as unknown as Port;
    return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
  };
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  await activateWith(context, output, (clientOptions) => new LanguageClient('plume', 'Plume', transports, clientOptions));
}

/**
 * The worker of the language server. On vscode.dev the extension is served over https and the
 * extension host's Worker takes its URL, as VS Code's Markdown extension relies on; an extension
 * installed on a remote (code-server, `vscode-remote:`) is refused there (« Creating workers from
 * remote extensions is currently not supported »), so its script is read through `workspace.fs` and
 * started from a blob of the same bytes.
 */
async function startWorker(script: vscode.Uri): Promise<WorkerLike> {
  if (script.scheme !== 'vscode-remote') return adapt(new Worker(script.toString(true)));
  const bytes = await vscode.workspace.fs.readFile(script);
  return adapt(new Worker(URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' }))));
}

/**
 * Where the browser cannot nest workers, the extension host gives a stand-in that relays messages
 * (postMessage, onmessage) but has no addEventListener, which vscode-jsonrpc calls for 'error' only.
 */
function adapt(worker: WorkerLike): WorkerLike {
  if (typeof worker.addEventListener === 'function') return worker;
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    get onmessage() {
      return worker.onmessage;
    },
    set onmessage(listener) {
      worker.onmessage = listener;
    },
    addEventListener: () => undefined,
    terminate: () => worker.terminate(),
  };
}
