// The web worker server (dist/web/server.js) as vscode.dev runs it: evaluated in a bare context that
// has only what a worker has (no require, no process, no Node built-ins), talking over postMessage, and
// reading the workspace only through the client's `plume/fs/*` requests. It must publish the same
// diagnostics and offer the same code actions as the Node server for the raw article, apply the
// project file it read through the client, and build the site index from the client's files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Script, createContext } from 'node:vm';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Message, type MessageConnection } from 'vscode-jsonrpc/node';
import { repoRoot, TestClient, type PublishedDiagnostics } from './lspClient';

const bundle = resolve(repoRoot, 'dist', 'web', 'server.js');

class PortReader extends AbstractMessageReader {
  callback: DataCallback | undefined;
  listen(callback: DataCallback) {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
}

class PortWriter extends AbstractMessageWriter {
  constructor(private readonly deliver: (message: Message) => void) {
    super();
  }
  write(message: Message): Promise<void> {
    this.deliver(structuredClone(message));
    return Promise.resolve();
  }
  end(): void {}
}

interface WorkerServer {
  readonly connection: MessageConnection;
  readonly published: PublishedDiagnostics[];
  readonly fsRequests: string[];
  /** Milliseconds from evaluating the bundle to the initialize result. */
  readonly startMs: number;
  diagnosticsOf(uri: string, count?: number): Promise<PublishedDiagnostics>;
}

/** Evaluates the bundle in a worker-like context; `files` is the workspace the client serves (URI → text). */
async function startWorker(files: Record<string, string>, workspaceFolder: string, configuration: Record<string, unknown> = {}): Promise<WorkerServer> {
  const reader = new PortReader();
  let serverListener: ((event: { data: unknown }) => void) | undefined;
  const workerSelf = {
    postMessage: (data: unknown) => setImmediate(() => reader.callback?.(structuredClone(data) as Message)),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    set onmessage(listener: (event: { data: unknown }) => void) {
      serverListener = listener;
    },
  };
  const writer = new PortWriter((message) => setImmediate(() => serverListener?.({ data: message })));
  // What a dedicated worker offers, and nothing of Node's.
  const globals = { self: workerSelf, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, performance, TextEncoder, TextDecoder, URL, crypto, structuredClone };
  const context = createContext({ ...globals });
  (context as { globalThis?: unknown }).globalThis = context;
  const started = performance.now();
  new Script(readFileSync(bundle, 'utf8'), { filename: bundle }).runInContext(context);

  const connection = createMessageConnection(reader, writer);
  const published: PublishedDiagnostics[] = [];
  const fsRequests: string[] = [];
  let waiters: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
    published.push(p);
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('plume/stats', () => undefined);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => configuration));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('plume/fs/stat', ({ uri }: { uri: string }) => {
    fsRequests.push(`stat ${uri}`);
    if (uri in files) return 'file';
    return Object.keys(files).some((f) => f.startsWith(`${uri}/`)) ? 'directory' : null;
  });
  connection.onRequest('plume/fs/readFile', ({ uri }: { uri: string }) => {
    fsRequests.push(`read ${uri}`);
    return files[uri] ?? null;
  });
  connection.onRequest('plume/fs/findArticles', ({ folder }: { folder: string }) => {
    fsRequests.push(`find ${folder}`);
    return Object.keys(files).filter((f) => f.startsWith(`${folder}/`) && /\.(md|mdx|markdown)$/.test(f)).sort();
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: [{ uri: workspaceFolder, name: 'site' }],
    locale: 'fr',
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { locale: 'fr', watchesFiles: true },
  });
  const startMs = performance.now() - started;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published,
    fsRequests,
    startMs,
    /** The `count`-th publication for `uri`; with no count, the latest (waiting for a first one). */
    async diagnosticsOf(uri, count) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const mine = published.filter((p) => p.uri === uri);
        if (count === undefined && mine.length > 0) return mine[mine.length - 1];
        if (count !== undefined && mine.length >= count) return mine[count - 1];
        if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
    },
  };
}

/** The latest publication once it has stayed the same for a second. */
async function settle(latest: () => Promise<PublishedDiagnostics>): Promise<PublishedDiagnostics> {
  let last = await latest();
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await latest();
    if (now === last) return now;
    last = now;
  }
}

const raw = readFileSync(resolve(repoRoot, 'examples', 'raw-article.md'), 'utf8');
const codes = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`).sort();

test('the web worker server runs without Node and agrees with the Node server on the raw article', async () => {
  const root = 'vscode-vfs://github/plume/site';
  const uri = `${root}/raw-article.md`;
  const worker = await startWorker({ [uri]: raw }, root);
  const node = await TestClient.start();
  try {
    await worker.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: raw } });
    const nodeUri = 'file:///tmp/plume-site/raw-article.md';
    await node.open(nodeUri, raw);
    // The language detector loads after the first analysis and its rules publish again: compare the
    // last publications once both servers have been quiet for a second.
    const settledWorker = await settle(() => worker.diagnosticsOf(uri));
    const settledNode = await settle(() => node.diagnostics(nodeUri));
    assert.ok(settledWorker.diagnostics.length > 5, `diagnostics: ${settledWorker.diagnostics.length}`);
    assert.ok(settledWorker.diagnostics.some((d) => d.code === 'paragraph-language'), 'the language detector ran in the worker');
    assert.deepEqual(codes(settledWorker), codes(settledNode));

    const first = settledWorker.diagnostics.find((d) => String(d.code).startsWith('typo-'))!;
    assert.ok(first, 'a typography diagnostic');
    const ask = (u: string, c: MessageConnection) =>
      c.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: first.range, context: { diagnostics: [first], only: ['quickfix'] } }) as Promise<{ title: string }[]>;
    const workerActions = await ask(uri, worker.connection);
    const nodeActions = await ask(nodeUri, node.connection);
    assert.ok(workerActions.length > 0, 'a quick fix');
    assert.deepEqual(workerActions.map((a) => a.title), nodeActions.map((a) => a.title));
    // The project file was looked for through the client, from the article's folder up.
    assert.ok(worker.fsRequests.includes(`stat ${root}/.plumerc.json`), worker.fsRequests.join('\n'));
    console.log(`web worker server: initialize answered ${worker.startMs.toFixed(0)} ms after the bundle was evaluated`);
  } finally {
    worker.connection.dispose();
    await node.stop();
  }
});

test('the web worker server reads the project file and indexes the site through the client', async () => {
  const root = 'vscode-vfs://github/plume/site';
  const a = `${root}/a.md`;
  const b = `${root}/guides/b%C3%A9.md`;
  const files = {
    [`${root}/.plumerc.json`]: JSON.stringify({ rules: { 'min-words': 'off' } }),
    [a]: '---\ntitle: Le guide du design\n---\n\nTout commence par l’accessibilité numérique.\n',
    [b]: '---\ntitle: Le guide du design\n---\n\nUn autre texte.\n',
  };
  const worker = await startWorker(files, root);
  try {
    await worker.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'markdown', version: 1, text: files[a] } });
    let found: PublishedDiagnostics | undefined;
    for (let n = 1; n <= 4 && !found; n++) {
      const p = await worker.diagnosticsOf(a, n);
      if (p.diagnostics.some((d) => d.code === 'duplicate-title')) found = p;
    }
    assert.ok(found, 'the duplicate title of guides/bé.md is found through the client’s files');
    assert.ok(!found.diagnostics.some((d) => d.code === 'min-words'), 'the project file read through the client turns min-words off');
    const related = (found.diagnostics.find((d) => d.code === 'duplicate-title') as { relatedInformation?: { location: { uri: string } }[] }).relatedInformation;
    assert.deepEqual(related?.map((r) => r.location.uri), [b]);
    assert.ok(worker.fsRequests.includes(`find ${root}`));
  } finally {
    worker.connection.dispose();
  }
});
