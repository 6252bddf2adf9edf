// Site-wide checks on the corpus as one workspace: the command line on the whole folder (counts per
// check, examples) and the language server's background index (how long indexing takes).
// Usage: node scripts/reports/site-report.mjs   (builds dist/ first if needed; needs ../shared/corpus)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { corpusRoot, repoRoot } from '../lib/load-core.mjs';

const SITE_RULES = ['duplicate-title', 'duplicate-description', 'keyphrase-cannibalisation', 'internal-link-suggestion'];
if (!existsSync(corpusRoot)) {
  console.log(`no corpus at ${corpusRoot}: nothing to report`);
  process.exit(0);
}
if (!existsSync(join(repoRoot, 'dist', 'cli.js'))) spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
const cli = join(repoRoot, 'dist', 'cli.js');

function cliRun(label, extra) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...extra, '.'], { cwd: corpusRoot, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LANG: 'fr_FR.UTF-8' } });
  const ms = performance.now() - started;
  if (r.status === 2) throw new Error(r.stderr);
  const files = JSON.parse(r.stdout);
  console.log(`\n## CLI: plume check --format json ${extra.join(' ')} . (${label})`);
  console.log(`${files.length} files, ${Math.round(ms)} ms wall time (analysis, site index and site checks)`);
  for (const rule of SITE_RULES) {
    const hits = files.flatMap((f) => f.diagnostics.filter((d) => d.code === rule).map((d) => ({ file: f.file, ...d })));
    console.log(`- ${rule}: ${hits.length} diagnostics in ${new Set(hits.map((h) => h.file)).size} files`);
    for (const h of hits.slice(0, 3)) {
      console.log(`    ${h.file}:${h.range.start.line + 1}: ${h.message}`);
      for (const rel of (h.related ?? []).slice(0, 2)) console.log(`      ↳ ${rel.file}:${rel.range.start.line + 1}`);
    }
  }
}

cliRun('default settings', []);
// The corpus has no keyphrase field; its tags stand in for one to exercise the keyphrase checks.
const config = join(mkdtempSync(join(tmpdir(), 'plume-report-')), 'plumerc.json');
writeFileSync(config, JSON.stringify({ frontMatter: { keyphraseFields: ['tags'] } }));
cliRun('first tag as focus keyphrase', ['--config', config]);

// The language server: open one article of the corpus folder and wait for the index.
async function serverIndexing() {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let indexed;
  const logs = [];
  const done = new Promise((resolve) => {
    connection.onNotification('window/logMessage', (m) => {
      logs.push(m.message);
      if (/indexed \d+ articles/.test(m.message)) resolve(m.message);
    });
  });
  let published;
  const target = join(corpusRoot, 'DISIC__design.numerique.gouv.fr/content/articles/2023-10-19-ateliers-de-formations.md');
  const uri = pathToFileURL(target).href;
  const gotSite = new Promise((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p) => {
      if (p.uri === uri && p.diagnostics.some((d) => SITE_RULES.includes(d.code))) {
        published = p;
        resolve();
      }
    });
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(corpusRoot).href, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  const started = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(target, 'utf8') } });
  indexed = await done;
  await gotSite;
  const wall = performance.now() - started;
  console.log('\n## Language server: workspace folder = the corpus, one article opened');
  console.log(`server log: ${indexed}`);
  console.log(`didOpen → diagnostics with site-wide findings: ${Math.round(wall)} ms`);
  for (const d of published.diagnostics.filter((x) => SITE_RULES.includes(x.code))) {
    console.log(`- ${d.code} (line ${d.range.start.line + 1}): ${d.message}; related: ${(d.relatedInformation ?? []).length}`);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  setTimeout(() => child.kill(), 500).unref();
  connection.dispose();
}
await serverIndexing();
