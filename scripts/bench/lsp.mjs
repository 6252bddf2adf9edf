// Child process: the language server end to end over stdio (dist/server.js --stdio), on one input.
//  - start: from spawning the server to the first diagnostics of the opened document (`starts` fresh
//    processes, median);
//  - keystroke: one character inserted at a seeded random place, sent with incremental sync, until the
//    diagnostics of that version arrive (`edits` edits, one at a time, `gap` ms apart: a fast typist's
//    pace, so that the server's throttle, which waits while keys come faster than it analyses, is idle);
//  - memory: the server's peak resident set (VmHWM in /proc/<pid>/status, Linux only) after the edits.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../lib/load-core.mjs';
import { loadInputs } from './inputs.mjs';
import { args, emit, seeded, summary } from './stats.mjs';

const { input, edits, starts, warmup, gap } = args();
const core = createRequire(import.meta.url)(join(repoRoot, 'out', 'core.cjs'));
const { text } = loadInputs(core).inputs.find((i) => i.id === input);
const uri = 'file:///bench/article.md';
const TIMEOUT_MS = 30_000;

/** Starts the server; returns the connection, a waiter for diagnostics of a version, and the process. */
function startServer() {
  const child = spawn(process.execPath, [...(process.env.PLUME_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean), join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiting.get(p.version);
    if (w) {
      waiting.delete(p.version);
      w(performance.now());
    }
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const diagnosticsOf = (version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      waiting.set(version, (t) => {
        clearTimeout(timer);
        resolve(t);
      });
    });
  return { child, connection, diagnosticsOf };
}

async function initialize(connection) {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: 'fr',
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
  });
  await connection.sendNotification('initialized', {});
}

async function stop({ child, connection }) {
  try {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch {
    // already gone
  }
  await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
  if (child.exitCode === null) child.kill();
  connection.dispose();
}

function peakMemoryMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { peakRssMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
  } catch {
    return { peakRssMB: null, rssMB: null };
  }
}

// Start-up: fresh processes, from spawn to the first diagnostics.
const startTimes = [];
for (let i = 0; i < Number(starts); i++) {
  const t0 = performance.now();
  const server = startServer();
  const first = server.diagnosticsOf(1);
  await initialize(server.connection);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  startTimes.push((await first) - t0);
  await stop(server);
}

// Keystrokes: one server, the document open, edits one at a time.
const server = startServer();
await initialize(server.connection);
let document = TextDocument.create(uri, 'markdown', 1, text);
const opened = server.diagnosticsOf(1);
await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await opened;
const random = seeded(8);
const latencies = [];
const total = Number(warmup) + Number(edits);
for (let i = 0; i < total; i++) {
  const offset = Math.floor(random() * (document.getText().length + 1));
  const position = document.positionAt(offset);
  const change = { range: { start: position, end: position }, text: 'e' };
  const version = document.version + 1;
  document = TextDocument.update(document, [change], version);
  const received = server.diagnosticsOf(version);
  const sent = performance.now();
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  const at = await received;
  if (i >= Number(warmup)) latencies.push(at - sent);
  await new Promise((r) => setTimeout(r, Number(gap)));
}
const memory = peakMemoryMB(server.child.pid);
await stop(server);
emit({ start: summary(startTimes.sort((a, b) => a - b)), keystroke: summary(latencies.sort((a, b) => a - b)), ...memory });
