// A minimal LSP client for protocol tests: starts the built server over stdio and speaks JSON-RPC.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const serverPath = resolve(repoRoot, 'dist', 'server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number; message: string; severity?: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

export class TestClient {
  readonly connection: MessageConnection;
  private readonly published: PublishedDiagnostics[] = [];
  private waiters: (() => void)[] = [];
  readonly stderr: string[] = [];

  private constructor(readonly process: ChildProcess, configuration: Record<string, unknown>) {
    const reader = new StreamMessageReader(process.stdout!);
    // Otherwise a server killed in the middle of a message leaves a timer that vscode-jsonrpc re-arms
    // forever, and the test process never ends.
    reader.partialMessageTimeout = 0;
    this.connection = createMessageConnection(reader, new StreamMessageWriter(process.stdin!));
    process.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    });
    // Whole-article findings (min-words…) are out of the editor by default; these tests use them as
    // probes, so the client asks for them unless a test says otherwise (test/protocol/writerView.test.ts).
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => ({ articleFindingsInEditor: true, ...this.configuration })));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.configuration = configuration;
    this.connection.listen();
  }

  configuration: Record<string, unknown>;

  /** Starts the server with `args` (default `--stdio`) and initialises it. */
  static async start(options: { configuration?: Record<string, unknown>; locale?: string; command?: string[]; rootUri?: string; capabilities?: Record<string, unknown> } = {}): Promise<TestClient> {
    const command = options.command ?? [process.execPath, serverPath, '--stdio'];
    const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new TestClient(child, options.configuration ?? {});
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      locale: options.locale ?? 'fr',
      capabilities: options.capabilities ?? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Waits until diagnostics for `uri` satisfy `predicate` (checked on every publication), with a deadline. */
  async diagnostics(uri: string, predicate: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 5000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const last = [...this.published].reverse().find((p) => p.uri === uri);
      if (last && predicate(last)) return last;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(last?.diagnostics.map((d) => d.code))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** How many times diagnostics of this version of `uri` were published. */
  publications(uri: string, version: number): number {
    return this.published.filter((p) => p.uri === uri && p.version === version).length;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const exited = new Promise<void>((resolve) => (this.process.exitCode !== null ? resolve() : this.process.once('exit', () => resolve())));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    this.process.kill();
    this.connection.dispose();
  }
}

export const codes = (d: PublishedDiagnostics): string[] => d.diagnostics.map((x) => String(x.code)).sort();

/** The three diagnostics of the foundation, which these tests are about (other rules fire too). */
export const CORE_CODES = ['title-language', 'min-words', 'subheadings'];
export const coreCodes = (d: PublishedDiagnostics): string[] => codes(d).filter((c) => CORE_CODES.includes(c));
