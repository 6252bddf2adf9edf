// A real VS Code workbench with Plume installed from a .vsix, offline: code-server and headless
// Chromium (playwright-core), every process marked with a run id in its environment and killed at the
// end, everything written in a temporary folder. Used by the browser end-to-end run (run-web.mjs,
// extension in the web worker extension host) and by the README pictures (screenshots.mjs).
//
//   const wb = await openWorkbench({ vsix, workspace, settings, web: true });
//   ... wb.page (a playwright Page) ...
//   await wb.close();
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { install, repoRoot } from './install.mjs';

export { repoRoot };
export const EXTENSION_ID = 'plume.plume-seo';

/** The .vsix of the current build, packaged into `dir` (vsce, no network). */
export function packageVsix(dir) {
  const out = join(dir, 'plume.vsix');
  const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`vsce package failed: ${r.stdout}${r.stderr}`);
  return out;
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

/**
 * Starts code-server with the .vsix installed and opens `workspace` (copied) in Chromium.
 * `web: true` makes VS Code run Plume in the browser's web worker extension host (the user setting
 * `remote.extensionKind`), as vscode.dev does, instead of code-server's Node extension host.
 */
export async function openWorkbench({ vsix, workspace, settings = {}, web = false, timeoutMs = 120_000, viewport = { width: 1280, height: 800 }, log = () => undefined }) {
  const tools = install();
  const runId = randomUUID();
  const tmp = mkdtempSync(join(tmpdir(), 'plume-wb-'));
  const dirs = { home: join(tmp, 'home'), userData: join(tmp, 'user-data'), extensions: join(tmp, 'extensions'), workspace: join(tmp, 'workspace'), runtime: join(tmp, 'runtime') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  cpSync(workspace, dirs.workspace, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'github.gitAuthentication': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.showReleaseNotes': false,
        ...(web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}),
        ...settings,
      },
      null,
      2,
    ),
  );
  const configFile = join(tmp, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
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
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  const base = [tools.codeServer, '--config', configFile, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check'];

  let server;
  let browser;
  const processesOfThisRun = () => {
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
  };
  const killAll = (signal) => {
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
  };
  let closed = false;
  const close = async () => {
    if (closed) return true;
    closed = true;
    if (browser) await Promise.race([browser.close().catch(() => undefined), delay(5000)]);
    killAll('SIGTERM');
    for (let i = 0; i < 30 && processesOfThisRun().length > 0; i++) await delay(100);
    killAll('SIGKILL');
    for (let i = 0; i < 30 && processesOfThisRun().length > 0; i++) await delay(100);
    const left = processesOfThisRun();
    if (left.length > 0) console.error(`[workbench] processes left behind: ${left.join(' ')}`);
    if (process.env.PLUME_E2E_KEEP) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
    return left.length === 0;
  };
  /** Command lines of this run's processes: shows whether a Node language server was started. */
  const commandLines = () =>
    processesOfThisRun().map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ');
      } catch {
        return '';
      }
    });

  try {
    const r = spawnSync(tools.node24, [...base, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`--install-extension failed (${r.status ?? r.signal}): ${r.stdout}${r.stderr}`);
    if (!readdirSync(dirs.extensions).some((d) => d.startsWith(`${EXTENSION_ID}-`))) throw new Error(`the .vsix did not install: ${r.stdout}${r.stderr}`);
    const port = await freePort();
    const out = openSync(serverLog, 'a');
    server = spawn(
      tools.node24,
      [...base, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-workspace-trust', '--ignore-last-opened', '--disable-getting-started-override'],
      { env, detached: true, stdio: ['ignore', out, out] },
    );
    closeSync(out);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ok = await new Promise((res) => {
        const s = connect(port, '127.0.0.1');
        s.once('connect', () => {
          s.destroy();
          res(true);
        });
        s.once('error', () => res(false));
      });
      if (ok) break;
      if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}`);
      if (Date.now() > deadline) throw new Error('code-server did not listen in time');
      await delay(100);
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: tools.chromium,
      headless: true,
      env,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const page = await browser.newPage({ viewport });
    const requests = [];
    page.on('request', (req) => requests.push(req.url()));
    // The browser's console, workers included (the web worker extension host logs there).
    const consoleLines = [];
    const keep = (where) => (msg) => consoleLines.push(`${where} ${msg.type()}: ${msg.text()}`);
    page.on('console', keep('page'));
    page.on('worker', (worker) => worker.on('console', keep(`worker ${worker.url().slice(0, 80)}`)));
    page.on('pageerror', (error) => consoleLines.push(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
    return { page, requests, consoleLines, dirs, serverLog, close, commandLines };
  } catch (error) {
    try {
      const text = readFileSync(serverLog, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
      console.error(`[workbench] last lines of code-server's log:\n${text}`);
    } catch {
      // no log yet
    }
    await close();
    throw error;
  }
}

// ---- Gestures in the workbench, shared by the browser run and the pictures ----

/** Runs a palette command by its label (« F1 », the label, Enter). */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
  await delay(300);
  await page.keyboard.press('Enter');
}

/** Opens a workspace file by name through Quick Open. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await delay(300);
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ state: 'visible' });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

/** The rows of the Problems panel (opened if need be), as text. */
export async function problemRows(page) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
  return page.locator('.markers-panel .monaco-list-row').allTextContents();
}
