// What every run of code-server here shares (the suite's runner run-offline.mjs, and workbench.mjs for
// the browser run and the pictures): a temporary folder holding HOME, the XDG folders, user data,
// extensions and a copy of the workspace; an environment marked with a run id, so that every process
// of the run (Chromium's crash handler double-forks away from our tree) is found and killed at the
// end; a free port and a wait for code-server to listen on it.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** VS Code's settings for a quiet, offline workbench; `settings` add to them. */
const QUIET_SETTINGS = {
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
};

/**
 * A fresh sandbox for one run: `workspace` copied in (a test that saves or writes settings never
 * touches the repository's fixtures), the user settings written, code-server's base command line.
 */
export function createSandbox({ tools, workspace, settings = {}, prefix = 'plume-wb-', env: extraEnv = {} }) {
  const runId = randomUUID();
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const dirs = { home: join(tmp, 'home'), userData: join(tmp, 'user-data'), extensions: join(tmp, 'extensions'), workspace: join(tmp, 'workspace'), runtime: join(tmp, 'runtime') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  cpSync(workspace, dirs.workspace, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const configFile = join(tmp, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    XDG_RUNTIME_DIR: dirs.runtime,
    TMPDIR: tmp,
    PLUME_E2E_RUN: runId,
    ...extraEnv,
  };
  delete env.VSCODE_IPC_HOOK_CLI; // never talk to an editor the developer has open
  delete env.ELECTRON_RUN_AS_NODE;
  const codeServerBase = [tools.codeServer, '--config', configFile, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check'];

  /** Every live process carrying this run's marker. */
  const processes = () => {
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
  const killAll = (signal, leader) => {
    const targets = leader?.pid ? [-leader.pid, ...processes()] : processes();
    for (const pid of targets) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
  };
  /**
   * Ends the run: the browser, then SIGTERM, a bounded wait, SIGKILL; removes the folder unless
   * PLUME_E2E_KEEP. Returns the pids still alive (none, normally).
   */
  const teardown = async ({ browser, leader, log = () => undefined }) => {
    if (browser) await Promise.race([browser.close().catch(() => undefined), delay(5000)]);
    killAll('SIGTERM', leader);
    for (let i = 0; i < 30 && processes().length > 0; i++) await delay(100);
    killAll('SIGKILL', leader);
    for (let i = 0; i < 30 && processes().length > 0; i++) await delay(100);
    const left = processes();
    if (process.env.PLUME_E2E_KEEP) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
    return left;
  };
  return { runId, tmp, dirs, env, configFile, serverLog: join(tmp, 'code-server.log'), codeServerBase, processes, teardown };
}

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** Waits until `port` accepts connections; fails when `server` exits or `deadline` (epoch ms) passes. */
export async function waitForPort(port, server, deadline) {
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

/** The browser both runs launch: headless Chromium from the toolchain, no sandbox, no GPU. */
export async function launchChromium(tools, env) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    env,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}
