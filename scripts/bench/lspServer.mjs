// Drives dist/server.js over stdio for the benchmark, failing fast and loudly: every wait has a
// deadline, and the server's exit (code, signal, the tail of its stderr and of its error log) rejects
// whatever is waiting instead of leaving the benchmark waiting for diagnostics that will never come.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { repoRoot } from '../lib/load-core.mjs';

const TAIL_CHARS = 4000;
/** The server's code cache during the benchmark (emptied by `clearCodeCache`). */
export const codeCacheDir = join(repoRoot, 'out', 'bench-code-cache');

export function clearCodeCache() {
  rmSync(codeCacheDir, { recursive: true, force: true });
}

/** The node options the VS Code extension starts the server with (server/src/platform/serverProcess.ts). */
function serverExecArgv() {
  const source = readFileSync(join(repoRoot, 'server', 'src', 'platform', 'serverProcess.ts'), 'utf8');
  const m = /SERVER_EXEC_ARGV[^=]*=\s*\[([^\]]*)\]/.exec(source);
  if (!m) throw new Error('SERVER_EXEC_ARGV not found in server/src/platform/serverProcess.ts');
  return [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]);
}

/** `promise`, or a rejection with `message` after `ms`. */
export function within(promise, ms, message) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (no answer within ${ms} ms)`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Starts the server. `diagnosticsOf(version)` resolves with the time (performance.now()) the first
 * publication for that version arrived; it rejects after `timeoutMs`, or as soon as the server exits.
 */
export function startServer({ timeoutMs }) {
  const flags = [...serverExecArgv(), ...(process.env.PLUME_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean)];
  // PLUME_BENCH_SERVER: another build of the server, to compare before and after a change.
  const script = process.env.PLUME_BENCH_SERVER ?? join(repoRoot, 'dist', 'server.js');
  // As in VS Code, where the extension gives the server a folder for V8's code cache.
  const env = { ...process.env, PLUME_CODE_CACHE_DIR: codeCacheDir };
  const child = spawn(process.execPath, [...flags, script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d.toString()).slice(-TAIL_CHARS);
  });
  const errors = [];
  let exit;
  const waiting = new Map();
  /** The latest diagnostics published (what a client shows and sends back with a code-action request). */
  let lastDiagnostics = [];
  /** Per version, whether the server said it analysed only part of the document (`analysis-partial`). */
  const partial = new Map();
  const describe = () => {
    const parts = [];
    if (errors.length > 0) parts.push(`server errors:\n${errors.slice(-3).join('\n')}`);
    if (stderr.trim()) parts.push(`server stderr (tail):\n${stderr.trim()}`);
    return parts.length > 0 ? `\n${parts.join('\n')}` : '';
  };
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exit = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      for (const w of waiting.values()) w.reject(new Error(`the language server ${exit} while the benchmark waited for diagnostics${describe()}`));
      waiting.clear();
      resolve();
    });
  });
  // A write to a server that is gone must not crash the benchmark with EPIPE: the exit says why.
  child.stdin.on('error', () => undefined);

  const reader = new StreamMessageReader(child.stdout);
  // vscode-jsonrpc re-arms a "partial message" timer forever when the stream ends in the middle of a
  // message (a server killed while it wrote one): that timer alone kept the benchmark alive for good.
  reader.partialMessageTimeout = 0;
  const connection = createMessageConnection(reader, new StreamMessageWriter(child.stdin));
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    lastDiagnostics = p.diagnostics;
    partial.set(p.version, p.diagnostics.some((d) => d.code === 'analysis-partial'));
    const w = waiting.get(p.version);
    if (w) {
      waiting.delete(p.version);
      w.resolve(performance.now());
    }
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', (m) => {
    if (m.type === 1) errors.push(m.message.slice(0, TAIL_CHARS)); // MessageType.Error
  });
  connection.onError(() => undefined);
  connection.listen();

  const diagnosticsOf = (version) => {
    if (exit) return Promise.reject(new Error(`the language server ${exit}${describe()}`));
    const received = new Promise((resolve, reject) => waiting.set(version, { resolve, reject }));
    return within(received, timeoutMs, `no diagnostics for version ${version}${describe()}`).finally(() => waiting.delete(version));
  };
  const gone = exited.then(() => Promise.reject(new Error(`the language server ${exit}${describe()}`)));
  gone.catch(() => undefined);
  const request = (method, params) => within(Promise.race([connection.sendRequest(method, params), gone]), timeoutMs, `no answer to ${method}${describe()}`);

  async function stop() {
    if (!exit) {
      try {
        // A server in the middle of a long analysis (seconds on the book) answers when it is done.
        await within(connection.sendRequest('shutdown'), timeoutMs, 'shutdown');
        await connection.sendNotification('exit');
      } catch {
        // gone or stuck: killed below
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      if (!exit) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    connection.dispose();
  }
  return { child, connection, diagnosticsOf, request, stop, partial, get lastDiagnostics() {
    return lastDiagnostics;
  }, get exit() {
    return exit;
  } };
}

/**
 * Initialises the server as VS Code's client does, which resolves a code action's edit when it is
 * picked (`codeAction/resolve`): the server lists the costly actions without their edits.
 */
export async function initialize(server) {
  await server.request('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: 'fr',
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } } },
    },
  });
  await server.connection.sendNotification('initialized', {});
}
