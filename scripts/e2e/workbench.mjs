// A real VS Code workbench with Plume installed from a .vsix, offline: code-server and headless
// Chromium (playwright-core), every process marked with a run id in its environment and killed at the
// end, everything written in a temporary folder. Used by the browser end-to-end run (run-web.mjs,
// extension in the web worker extension host) and by the README pictures (screenshots.mjs).
//
//   const wb = await openWorkbench({ vsix, workspace, settings, web: true });
//   ... wb.page (a playwright Page) ...
//   await wb.close();
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { install, repoRoot } from './install.mjs';
import { createSandbox, freePort, launchChromium, waitForPort } from './sandbox.mjs';

export { repoRoot };
export const EXTENSION_ID = 'plume.plume-seo';

/** The .vsix of the current build, packaged into `dir` (vsce, no network). */
export function packageVsix(dir) {
  const out = join(dir, 'plume.vsix');
  const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`vsce package failed: ${r.stdout}${r.stderr}`);
  return out;
}

/**
 * Starts code-server with the .vsix installed and opens `workspace` (copied) in Chromium.
 * `web: true` makes VS Code run Plume in the browser's web worker extension host (the user setting
 * `remote.extensionKind`), as vscode.dev does, instead of code-server's Node extension host.
 */
export async function openWorkbench({ vsix, workspace, settings = {}, web = false, timeoutMs = 120_000, viewport = { width: 1280, height: 800 }, log = () => undefined }) {
  const tools = install();
  const sandbox = createSandbox({ tools, workspace, settings: { ...(web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}), ...settings } });
  const { dirs, env, serverLog, codeServerBase: base } = sandbox;
  let server;
  let browser;
  let closed = false;
  const close = async () => {
    if (closed) return true;
    closed = true;
    const left = await sandbox.teardown({ browser, leader: server, log });
    if (left.length > 0) console.error(`[workbench] processes left behind: ${left.join(' ')}`);
    return left.length === 0;
  };
  /** Command lines of this run's processes: shows whether a Node language server was started. */
  const commandLines = () =>
    sandbox.processes().map((pid) => {
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
    await waitForPort(port, server, Date.now() + timeoutMs);
    browser = await launchChromium(tools, env);
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
