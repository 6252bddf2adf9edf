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
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { format } from 'node:util';
import { keepActivationTimings } from './activation.mjs';
import { install, repoRoot } from './install.mjs';
import { createSandbox, freePort, launchChromium, waitForPort } from './sandbox.mjs';

const started = Date.now();
const args = process.argv.slice(2);
const vsixArg = args.includes('--vsix') ? args[args.indexOf('--vsix') + 1] : undefined;
const timeoutMs = Number(process.env.PLUME_E2E_TIMEOUT ?? 300) * 1000;
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
// The workbench screenshots the suite asks for (test/e2e/screenshots.ts) land in out/screenshots/.
const screenshotsDir = join(repoRoot, 'out', 'screenshots');
mkdirSync(screenshotsDir, { recursive: true });
const sandbox = createSandbox({
  tools,
  workspace: join(repoRoot, 'test', 'fixtures', 'e2e-workspace'),
  prefix: 'plume-e2e-',
  // Screenshots of the real workbench: a test writes `<name>.request` here, the runner answers with `<name>.png`.
  env: { PLUME_E2E_SCREENSHOTS: screenshotsDir },
});
const { tmp, dirs, env, serverLog, codeServerBase } = sandbox;
const resultsFile = join(tmp, 'results.json');
env.PLUME_E2E_RESULTS = resultsFile;

let server; // code-server, leader of its own process group
let browser;

class TestFailure extends Error {}

let tornDown = false;
async function teardown() {
  if (tornDown) return;
  tornDown = true;
  const left = await sandbox.teardown({ browser, leader: server, log: say });
  if (left.length > 0) console.error(`[e2e] processes left behind: ${left.join(' ')}`);
  else say('teardown: no process of this run is left');
  return left.length === 0;
}

/**
 * Scrolls the visible webview's content so that `selector` is at its top. A webview is two iframes
 * deep in the workbench (VS Code's host frame, then the content's `active-frame`).
 */
async function scrollWebview(page, selector) {
  const content = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  await content.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }), undefined, { timeout: 5000 });
  await delay(500);
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
  await waitForPort(port, server, deadline);
  say(`code-server listening on 127.0.0.1:${port} after ${elapsed()}`);

  browser = await launchChromium(tools, env);
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
        const request = readFileSync(join(screenshotsDir, f), 'utf8');
        rmSync(join(screenshotsDir, f), { force: true });
        // `{ "webviewScrollTo": selector }`: first scroll the webview (the report) to that element.
        const scrollTo = request.trim() ? JSON.parse(request).webviewScrollTo : undefined;
        if (scrollTo) await scrollWebview(page, scrollTo).catch((error) => console.error(`[e2e] no scroll to ${scrollTo}: ${error.message}`));
        await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
        say(`screenshot ${name}.png${scrollTo ? ` (webview at ${scrollTo})` : ''}`);
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
