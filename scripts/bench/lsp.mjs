// Child process: the language server end to end over stdio (dist/server.js --stdio), on one input.
//  - start: from spawning the server to the first diagnostics of the opened document (`starts` fresh
//    processes with V8's code cache filled, median; `startCold`: one start before, with none);
//  - keystroke: one character inserted at a seeded random place, sent with incremental sync, until the
//    diagnostics of that version arrive (`edits` edits, one at a time, `gap` ms apart: a fast typist's
//    pace, so that the server's throttle, which waits while keys come faster than it analyses, is idle);
//  - requests during analysis: after `requests` more keystrokes, at a random moment before that
//    version's diagnostics arrive, a code-action request as VS Code sends it when the cursor moves
//    onto a diagnostic (automatic trigger, the diagnostic in the context; the client declares, as
//    VS Code does, that it resolves a code action's edit: lspServer.mjs), a hover there, and the
//    report (`plume/report`, which needs the newest analysis and so waits for it); latency of each;
//  - whole: whether the document was analysed whole (no `analysis-partial` diagnostic);
//  - memory: the server's peak resident set (VmHWM in /proc/<pid>/status, Linux only) after the edits
//    and the requests (`peakRssMB`), and after the edits alone (`keystrokesPeakRssMB`: the requests'
//    answers, whole-document quick fixes among them, may raise it further).
// It fails fast: each wait for diagnostics has a deadline (`timeout`, ms), the server's exit rejects it
// at once with the exit code or signal and the server's last words, and the whole run has a deadline
// (`deadline`, ms) after which the server is killed and this process exits with an error.
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readInput } from './inputs.mjs';
import { clearCodeCache, initialize, startServer } from './lspServer.mjs';
import { args, emit, seeded, summary } from './stats.mjs';

const { input, edits, starts, warmup, gap, requests = '0', timeout = '30000', deadline = '600000' } = args();
const text = readInput(input);
const uri = 'file:///bench/article.md';
const live = new Set();

function fail(error) {
  for (const server of live) server.child.kill('SIGKILL');
  process.stderr.write(`lsp.mjs (${input}): ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.on('unhandledRejection', fail);
setTimeout(() => fail(new Error(`the run exceeded its deadline of ${deadline} ms`)), Number(deadline)).unref();

function start() {
  const server = startServer({ timeoutMs: Number(timeout) });
  live.add(server);
  return server;
}

async function stop(server) {
  await server.stop();
  live.delete(server);
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

try {
  // Start-up: fresh processes, from spawn to the first diagnostics. The first start finds no code
  // cache (as after installing or updating the extension) and leaves one; the `starts` others use it.
  clearCodeCache();
  const startTimes = [];
  let startCold;
  for (let i = 0; i <= Number(starts); i++) {
    const t0 = performance.now();
    const server = start();
    const first = server.diagnosticsOf(1);
    first.catch(() => undefined); // awaited below; a rejection before that must not count as unhandled
    await initialize(server);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    if (i === 0) startCold = (await first) - t0;
    else startTimes.push((await first) - t0);
    await stop(server);
  }

  // Keystrokes: one server, the document open, edits one at a time.
  const server = start();
  await initialize(server);
  let document = TextDocument.create(uri, 'markdown', 1, text);
  const opened = server.diagnosticsOf(1);
  opened.catch(() => undefined);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const whole = server.partial.get(1) === false;
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
    received.catch(() => undefined);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const at = await received;
    if (i >= Number(warmup)) latencies.push(at - sent);
    await new Promise((r) => setTimeout(r, Number(gap)));
  }
  const keystrokesPeakRssMB = peakMemoryMB(server.child.pid).peakRssMB;
  // Requests while a keystroke's analysis runs.
  const asked = { codeAction: [], hover: [], report: [] };
  let previous = latencies.length > 0 ? latencies[latencies.length - 1] : 10;
  for (let i = 0; i < Number(requests); i++) {
    const offset = Math.floor(random() * (document.getText().length + 1));
    const position = document.positionAt(offset);
    const change = { range: { start: position, end: position }, text: 'e' };
    const version = document.version + 1;
    const shown = server.lastDiagnostics;
    document = TextDocument.update(document, [change], version);
    let analysed = false;
    const received = server.diagnosticsOf(version).then((at) => {
      analysed = true;
      return at;
    });
    received.catch(() => undefined);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await new Promise((r) => setTimeout(r, random() * previous * 0.8));
    const diagnostic = shown.length > 0 ? shown[Math.floor(random() * shown.length)] : undefined;
    const range = diagnostic?.range ?? change.range;
    const timed = async (kind, method, params) => {
      const t = performance.now();
      const during = !analysed;
      await server.request(method, params);
      if (during) asked[kind].push(performance.now() - t);
    };
    await timed('codeAction', 'textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: diagnostic ? [diagnostic] : [], triggerKind: 2 } });
    await timed('hover', 'textDocument/hover', { textDocument: { uri }, position: range.start });
    await timed('report', 'plume/report', { uri });
    previous = (await received) - sent;
    await new Promise((r) => setTimeout(r, Number(gap)));
  }
  const requestSummary = Object.fromEntries(Object.entries(asked).map(([k, v]) => [k, summary(v.sort((a, b) => a - b))]));
  const memory = peakMemoryMB(server.child.pid);
  await stop(server);
  emit({ startCold, start: summary(startTimes.sort((a, b) => a - b)), keystroke: summary(latencies.sort((a, b) => a - b)), whole, requests: requestSummary, ...memory, keystrokesPeakRssMB });
  process.exit(0); // done: nothing left behind (a library timer, say) may keep this process waiting
} catch (error) {
  fail(error);
}
