// Runs the end-to-end suite (out/e2e) in a real VS Code without network: code-server (VS Code's
// workbench and a Node extension host) driven by headless Chromium through playwright-core.
//
//   node scripts/e2e/run-offline.mjs [--vsix FILE]
//
// Without --vsix the extension is loaded from the repository (extensionDevelopmentPath); with it,
// the .vsix is installed into a fresh extensions folder and tested as shipped. Exits 0 only when the
// suite ran at least one test and none failed, as told both by VS Code (codeAutomationExit) and by the
// results file the suite writes. Every process it starts carries a run marker in its environment and
// is killed at the end, whatever happens; the launcher checks that none is left.
//
// Environment: PLUME_E2E_CACHE (toolchain cache, default .vscode-test/), PLUME_E2E_TIMEOUT (seconds,
// default 300), PLUME_E2E_GREP (run only matching tests), PLUME_E2E_KEEP=1 (keep the temp folder).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout } from 'node:timers';
import { format } from 'node:util';
import { keepActivationTimings } from './activation.mjs';
import { install, repoRoot } from './install.mjs';

const started = Date.now();
const args = process.argv.slice(2);
const vsixArg = args.includes('--vsix') ? args[args.indexOf('--vsix') + 1] : undefined;
const timeoutMs = Number(process.env.PLUME_E2E_TIMEOUT ?? 300) * 1000;
const runId = randomUUID();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (m) => console.log(`[e2e] ${m}`);

const testsDir = join(repoRoot, 'out', 'e2e');
if (!existsSync(join(testsDir, 'index.js'))) {
  console.error('[e2e] out/e2e/index.js missing: run `node esbuild.mjs --tests` first');
  process.exit(1);
}
const vsix = vsixArg ? resolve(vsixArg) : undefined;
if (vsixArg && (!vsix || !existsSync(vsix))) {
  console.error(`[e2e] no such .vsix: ${vsixArg}`);
  process.exit(1);
}

let tools;
try {
  tools = install();
} catch (error) {
  console.error(`[e2e] install failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// Everything the run writes lives here: HOME, XDG folders, user data, extensions, workspace copy.
const tmp = mkdtempSync(join(tmpdir(), 'plume-e2e-'));
const dirs = {
  home: join(tmp, 'home'),
  userData: join(tmp, 'user-data'),
  extensions: join(tmp, 'extensions'),
  workspace: join(tmp, 'workspace'),
  runtime: join(tmp, 'runtime'),
};
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
// A copy, so that a test that saves or writes settings never touches the repository's fixtures.
cpSync(join(repoRoot, 'test', 'fixtures', 'e2e-workspace'), dirs.workspace, { recursive: true });
mkdirSync(join(dirs.userData, 'User'), { recursive: true });
writeFileSync(
  join(dirs.userData, 'User', 'settings.json'),
  JSON.stringify(
    {
      'chat.disableAIFeatures': true,
      'git.enabled': false,
      'github.gitAuthentication': false,
      'workbench.startupEditor': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'telemetry.telemetryLevel': 'off',
    },
    null,
    2,
  ),
);
const configFile = join(tmp, 'code-server.yaml');
writeFileSync(configFile, 'auth: none\ncert: false\n');
const resultsFile = join(tmp, 'results.json');
// The workbench screenshots the suite asks for (test/e2e/screenshots.ts) land in out/screenshots/.
const screenshotsDir = join(repoRoot, 'out', 'screenshots');
mkdirSync(screenshotsDir, { recursive: true });
const serverLog = join(tmp, 'code-server.log');

const env = {
  ...process.env,
  HOME: dirs.home,
  XDG_CONFIG_HOME: join(dirs.home, '.config'),
  XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
  XDG_CACHE_HOME: join(dirs.home, '.cache'),
  XDG_RUNTIME_DIR: dirs.runtime,
  TMPDIR: tmp,
  PLUME_E2E_RUN: runId,
  PLUME_E2E_RESULTS: resultsFile,
  // Screenshots of the real workbench: a test writes `<name>.request` here, the runner answers with `<name>.png`.
  PLUME_E2E_SCREENSHOTS: screenshotsDir,
};
delete env.VSCODE_IPC_HOOK_CLI; // never talk to an editor the developer has open
delete env.ELECTRON_RUN_AS_NODE;

const codeServerBase = [
  tools.codeServer,
  '--config', configFile,
  '--user-data-dir', dirs.userData,
  '--extensions-dir', dirs.extensions,
  '--disable-telemetry',
  '--disable-update-check',
];

let server; // code-server, leader of its own process group
let browser;

function processesOfThisRun() {
  // Chromium's crash handler double-forks away from our tree; the marker in the environment finds it.
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'latin1').split('\0').includes(`PLUME_E2E_RUN=${runId}`)) pids.push(Number(name));
    } catch {
      // gone, or not ours
    }
  }
  return pids;
}

function killAll(signal) {
  if (server?.pid) {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  }
  for (const pid of processesOfThisRun()) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

class TestFailure extends Error {}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

let tornDown = false;
async function teardown() {
  if (tornDown) return;
  tornDown = true;
  if (browser) await Promise.race([browser.close().catch(() => undefined), delay(5000)]);
  killAll('SIGTERM');
  // Give them a moment to exit cleanly, then force; this is a bounded wait for processes, not for results.
  for (let i = 0; i < 30 && processesOfThisRun().length > 0; i++) await delay(100);
  killAll('SIGKILL');
  for (let i = 0; i < 30 && processesOfThisRun().length > 0; i++) await delay(100);
  const left = processesOfThisRun();
  if (left.length > 0) console.error(`[e2e] processes left behind: ${left.join(' ')}`);
  else say('teardown: no process of this run is left');
  if (process.env.PLUME_E2E_KEEP) say(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
  return left.length === 0;
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

async function waitForPort(port, deadline) {
  while (Date.now() < deadline) {
    const ok = await new Promise((r) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        r(true);
      });
      s.once('error', () => r(false));
    });
    if (ok) return;
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}`);
    await delay(100);
  }
  throw new Error('code-server did not listen in time');
}

function printTail(file, lines = 40) {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8').trimEnd().split('\n');
  console.error(`[e2e] last lines of ${file}:\n${text.slice(-lines).join('\n')}`);
}

async function main() {
  // The extension under test: the repository, or the installed .vsix.
  let developmentPath = repoRoot;
  if (vsix) {
    say(`installing ${vsix}`);
    const r = spawnSync(tools.node24, [...codeServerBase, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`--install-extension failed (${r.status ?? r.signal}): ${r.stdout}${r.stderr}`);
    const installed = readdirSync(dirs.extensions).find((d) => d.startsWith('plume.plume-seo-'));
    if (!installed) throw new Error(`the .vsix did not install into ${dirs.extensions}: ${r.stdout}${r.stderr}`);
    env.PLUME_E2E_EXTENSION_DIR = join(dirs.extensions, installed);
    say(`installed ${installed}`);
    // VS Code loads a test runner only along with a development extension: give it an empty one.
    developmentPath = join(repoRoot, 'test', 'e2e', 'host-extension');
  }

  const port = await freePort();
  const out = openSync(serverLog, 'a');
  server = spawn(
    tools.node24,
    [
      ...codeServerBase,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      '--disable-getting-started-override',
      // Without it a built workbench ignores the test payload and the run hangs.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const deadline = Date.now() + timeoutMs; // the install above is not counted
  await waitForPort(port, deadline);
  say(`code-server listening on 127.0.0.1:${port} after ${elapsed()}`);

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    env,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage();

  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const list = Array.isArray(logArgs) ? logArgs : [logArgs];
    // printf-style arguments from the extension host's console; drop the %c styling ones.
    let text = typeof list[0] === 'string' ? list[0] : '';
    let rest = typeof list[0] === 'string' ? list.slice(1) : list;
    text = text.replace(/%c/g, () => {
      rest = rest.slice(1);
      return '';
    });
    const line = format(text, ...rest.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))));
    // Stack frames inside the workbench itself (offline gallery look-ups...) are noise here.
    for (const l of line.split('\n')) if (!/^\s+at .*\/static\/out\/vs\//.test(l)) console.log(`  ${l}`);
    void type;
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('crash', () => resolveExit(-2));

  const remote = (p) => `vscode-remote://remote${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(testsDir)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  say(`workbench opened after ${elapsed()}`);

  // Answer screenshot requests while the suite runs: `<name>.request` → `<name>.png` of the whole workbench.
  let shooting = false;
  const shots = setInterval(async () => {
    if (shooting) return;
    shooting = true;
    try {
      for (const f of readdirSync(screenshotsDir).filter((n) => n.endsWith('.request'))) {
        const name = f.slice(0, -'.request'.length);
        rmSync(join(screenshotsDir, f), { force: true });
        await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
        say(`screenshot ${name}.png`);
      }
    } catch (error) {
      console.error(`[e2e] screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      shooting = false;
    }
  }, 200);
  const timer = new Promise((r) => setTimeout(() => r('timeout'), Math.max(0, deadline - Date.now())));
  const code = await Promise.race([exited, timer]);
  clearInterval(shots);
  if (code === 'timeout') {
    throw new Error(`timed out after ${timeoutMs / 1000} s (PLUME_E2E_TIMEOUT)`);
  }
  if (code === -2) throw new Error('the workbench page crashed');

  // Second channel: the counts the suite wrote itself.
  let results;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    throw new Error(`the suite wrote no results to ${resultsFile} (exit code ${code})`);
  }
  console.log(`e2e: ${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  for (const f of results.failures) console.log(`  failed: ${f}`);
  if (code !== 0 || results.failed > 0) throw new TestFailure(`the suite failed (VS Code exit code ${code})`);
  if (results.passed === 0) throw new TestFailure('no test ran');
  return true;
}

let ok = false;
const onSignal = (sig) => {
  console.error(`[e2e] ${sig}: tearing down`);
  void teardown().then(() => process.exit(1));
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
try {
  ok = await main();
  if (ok) keepActivationTimings(resultsFile);
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  // A failing test explains itself above; anything else (start-up, crash) needs the server's log.
  if (!(error instanceof TestFailure)) printTail(serverLog);
}
const clean = await teardown();
say(`${ok && clean ? 'passed' : 'FAILED'} in ${elapsed()}`);
process.exit(ok && clean ? 0 : 1);
