// `npm run bench [-- --smoke]`: Plume beside yoastseo and markdownlint on the same inputs, each tool
// and measurement in its own child process, median and spread after warm-up. Prints a Markdown table
// and writes the raw figures to out/bench.json. `--smoke` runs a few iterations only (CI: it fails only
// if something crashes; no timing is asserted). Every child has a deadline: a stuck or crashed child
// fails the run at once, with its exit code or signal and the tail of what it wrote to stderr.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore, repoRoot } from '../lib/load-core.mjs';
import { loadInputs, saveInputs } from './inputs.mjs';

const smoke = process.argv.includes('--smoke');
// `--only book,lsp`: only the inputs (article, longest, book) and tools (plume, markdownlint, yoast,
// lsp) named; a kind left unnamed runs in full.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : [];
const TOOLS = ['plume', 'markdownlint', 'yoast', 'lsp'];
const picked = (name, kind) => !only.some((o) => kind.includes(o)) || only.includes(name);
const core = await loadCore(); // bundles out/core.cjs, which every child loads
if (!existsSync(join(repoRoot, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');
const { inputs, corpus } = loadInputs(core);
saveInputs(inputs);

/** Iterations per tool and input: [warm-up, runs, time budget in ms for the timed runs]. */
const PLAN = smoke
  ? {
      plume: { article: [1, 3, 1e4], longest: [1, 2, 1e4], book: [0, 1, 1e4] },
      markdownlint: { article: [0, 1, 1e4] },
      yoast: { article: [0, 1, 6e4] },
      // The book takes seconds per analysis: a start and two edits show that the server survives them.
      lsp: { edits: 5, warmup: 1, starts: 1, gap: 10, requests: 3, book: { edits: 2, warmup: 0, requests: 2 } },
    }
  : {
      plume: { article: [50, 300, 3e4], longest: [10, 60, 3e4], book: [3, 20, 6e4] },
      yoast: { article: [2, 10, 6e4], longest: [1, 3, 1.2e5], book: [0, 1, 6e5] },
      lsp: { edits: 200, warmup: 10, starts: 5, gap: 100, requests: 60 },
    };
PLAN.markdownlint ??= PLAN.plume; // markdownlint runs as often as Plume

/** A child's deadline: generous for a full run, tight for the smoke run (CI must never hang). */
const CHILD_TIMEOUT_MS = smoke ? 60_000 : 900_000;

function child(script, args) {
  const what = `${script} ${args.map((a) => a.join('=')).join(' ')}`;
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bench', script), ...args.flatMap(([k, v]) => [`--${k}`, String(v)])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 24,
    timeout: CHILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const stderr = (r.stderr ?? '').trim().slice(-4000);
  if (r.error?.code === 'ETIMEDOUT') throw new Error(`${what} did not finish within ${CHILD_TIMEOUT_MS / 1000} s and was killed${stderr ? `; its stderr:\n${stderr}` : ''}`);
  if (r.error) throw new Error(`${what} could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${what} ${r.signal ? `was killed by ${r.signal}` : `exited with ${r.status}`}${stderr ? `; its stderr:\n${stderr}` : ''}`);
  if (stderr) process.stderr.write(`\n${stderr}\n`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const results = [];
const ids = inputs.map((i) => i.id);
for (const input of inputs.filter((i) => picked(i.id, ids))) {
  const tool = (name) => picked(name, TOOLS);
  const words = core.parseArticle(input.text, { titleFields: ['title'] }).bodyWordCount;
  const row = { id: input.id, label: input.label, words, chars: input.text.length };
  const [pw, pr, pb] = PLAN.plume[input.id];
  process.stderr.write(`bench: ${input.id} (${words} words):`);
  if (tool('plume')) process.stderr.write(' Plume…');
  if (tool('plume')) row.plume = child('plume-core.mjs', [['input', input.id], ['warmup', pw], ['runs', pr], ['budget', pb]]);
  const m = PLAN.markdownlint[input.id];
  if (m && tool('markdownlint')) {
    process.stderr.write(' markdownlint…');
    row.markdownlint = child('markdownlint.mjs', [['input', input.id], ['warmup', m[0]], ['runs', m[1]], ['budget', m[2]]]);
  }
  const y = PLAN.yoast[input.id];
  if (y && tool('yoast')) {
    process.stderr.write(' yoastseo…');
    row.yoast = child('yoast.mjs', [['input', input.id], ['warmup', y[0]], ['runs', y[1]], ['budget', y[2]]]);
  }
  const lsp = { ...PLAN.lsp, ...PLAN.lsp[input.id] };
  if (tool('lsp')) process.stderr.write(' language server…');
  if (tool('lsp')) row.lsp = child('lsp.mjs', [['input', input.id], ['edits', lsp.edits], ['warmup', lsp.warmup], ['starts', lsp.starts], ['gap', lsp.gap], ['requests', lsp.requests], ['deadline', CHILD_TIMEOUT_MS - 5000]]);
  process.stderr.write(' done\n');
  results.push(row);
}

// Extension activation is measured by the end-to-end suite inside VS Code, which writes this file.
const activationFile = join(repoRoot, 'out', 'e2e-activation.json');
let activation = 'n/a (no out/e2e-activation.json: run the end-to-end suite)';
if (existsSync(activationFile)) {
  try {
    const a = JSON.parse(readFileSync(activationFile, 'utf8'));
    const ms = a.medianMs ?? a.median ?? a.ms;
    const first = typeof a.firstDiagnosticsMs === 'number' ? `, first diagnostics ${a.firstDiagnosticsMs.toFixed(0)} ms` : '';
    activation = typeof ms === 'number' ? `${ms.toFixed(0)} ms from opening the first Markdown file${first} (out/e2e-activation.json, VS Code ${a.vscode ?? '?'})` : `see out/e2e-activation.json: ${JSON.stringify(a)}`;
  } catch {
    activation = 'n/a (out/e2e-activation.json unreadable)';
  }
}

const ms = (v) => (v === undefined || v === null || Number.isNaN(v) ? 'n/a' : v < 10 ? `${v.toFixed(2)} ms` : v < 1000 ? `${v.toFixed(1)} ms` : `${(v / 1000).toFixed(2)} s`);
const spread = (s) => `${ms(s.median)} (p10 ${ms(s.p10)}, p90 ${ms(s.p90)}, n=${s.n})`;
const ratio = (plume, other) => (other ? `${(plume / other).toFixed(4)} (${(other / plume).toFixed(1)}× faster)` : 'n/a');

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [];
lines.push(`Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}${smoke ? ' — SMOKE RUN, figures meaningless' : ''}`);
lines.push(`Command: npm run bench${smoke ? ' -- --smoke' : ''}; inputs ${corpus ? 'from ../shared/corpus' : 'WITHOUT the corpus (examples/raw-article.md stands in)'}; Plume rules: ${core.RULES.length}${only.length > 0 ? `; only ${only.join(', ')}` : ''}`);
const analysed = results.filter((x) => x.plume || x.markdownlint || x.yoast);
if (analysed.length > 0) {
  lines.push('');
  lines.push('| Input | Words | Plume, full analysis | markdownlint (default rules) | yoastseo fr_FR (SEO + readability) | Plume ÷ markdownlint | Plume ÷ yoastseo |');
  lines.push('|---|---:|---|---|---|---|---|');
}
for (const r of analysed) {
  const p = r.plume ? spread(r.plume) : 'not run';
  const y = r.yoast ? `${spread(r.yoast)} + ${ms(r.yoast.convert.median)} Markdown→HTML` : 'not run';
  const m = r.markdownlint ? spread(r.markdownlint) : 'not run';
  lines.push(`| ${r.id}: ${r.label} | ${r.words} | ${p} | ${m} | ${y} | ${r.plume && r.markdownlint ? ratio(r.plume.median, r.markdownlint.median) : 'n/a'} | ${r.plume && r.yoast ? ratio(r.plume.median, r.yoast.median) : 'n/a'} |`);
}
lines.push('');
lines.push(`| Language server (dist/server.js --stdio) | Analysed | Start → first diagnostics (median) | Keystroke → diagnostics p50 (one char, incremental sync, ${PLAN.lsp.gap} ms between keys) | p95 | Requests during an analysis, p95: code action · hover · report | Peak RSS of the server (VmHWM, /proc) |`);
lines.push('|---|---|---|---|---|---|---|');
const p95 = (s) => (s && s.n > 0 ? `${ms(s.p95)} (n=${s.n})` : 'none during one');
for (const r of results.filter((x) => x.lsp)) {
  const keys = r.lsp.keystrokesPeakRssMB == null ? '' : ` (${r.lsp.keystrokesPeakRssMB.toFixed(0)} MB before the requests)`;
  const mem = r.lsp.peakRssMB === null ? 'n/a' : `${r.lsp.peakRssMB.toFixed(0)} MB${keys}`;
  const q = r.lsp.requests ?? {};
  lines.push(
    `| ${r.id} | ${r.lsp.whole ? `whole (${r.chars} characters)` : 'first part only (maxDocumentSize)'} | ${ms(r.lsp.start.median)} (n=${r.lsp.start.n}; ${ms(r.lsp.startCold)} without code cache) | ${ms(r.lsp.keystroke.median)} | ${ms(r.lsp.keystroke.p95)} (n=${r.lsp.keystroke.n}) | ${p95(q.codeAction)} · ${p95(q.hover)} · ${p95(q.report)} | ${mem} |`,
  );
}
lines.push(`| Extension activation (see e2e) | | ${activation} | | | | |`);
console.log(lines.join('\n'));
mkdirSync(join(repoRoot, 'out'), { recursive: true });
writeFileSync(join(repoRoot, 'out', 'bench.json'), JSON.stringify({ smoke, machine: { cpu, cores: cpus().length, node: process.version }, results, activation }, null, 2));
