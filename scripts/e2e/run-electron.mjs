// Runs the end-to-end suite (out/e2e) in desktop VS Code downloaded by @vscode/test-electron: for
// machines with network. On Linux without a display it re-runs itself under `xvfb-run -a`.
//
//   node scripts/e2e/run-electron.mjs [--vsix FILE]
//
// PLUME_VSCODE_VERSION overrides the pinned VS Code version (the one code-server 4.139.1 ships, so
// both launchers test the same VS Code).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepActivationTimings } from './activation.mjs';

const VSCODE_VERSION = process.env.PLUME_VSCODE_VERSION || '1.139.1';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.PLUME_E2E_UNDER_XVFB) {
  const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, PLUME_E2E_UNDER_XVFB: '1' },
  });
  if (r.error) console.error(`[e2e] xvfb-run is needed on Linux without a display (apt-get install xvfb): ${r.error.message}`);
  process.exit(r.status ?? 1);
}

const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = await import('@vscode/test-electron');

const args = process.argv.slice(2);
const vsix = args.includes('--vsix') ? resolve(args[args.indexOf('--vsix') + 1]) : undefined;
const cache = resolve(process.env.PLUME_E2E_CACHE || join(repoRoot, '.vscode-test'));
const tmp = mkdtempSync(join(tmpdir(), 'plume-e2e-'));
const workspace = join(tmp, 'workspace');
cpSync(join(repoRoot, 'test', 'fixtures', 'e2e-workspace'), workspace, { recursive: true });
const resultsFile = join(tmp, 'results.json');
const extensionsDir = join(tmp, 'extensions');

let code;
try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: cache });
  const extensionTestsEnv = { PLUME_E2E_RESULTS: resultsFile };
  let extensionDevelopmentPath = repoRoot;
  if (vsix) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const r = spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--install-extension', vsix], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error('--install-extension failed');
    const installed = readdirSync(extensionsDir).find((d) => d.startsWith('plume.plume-seo-'));
    if (!installed) throw new Error('the .vsix did not install');
    extensionTestsEnv.PLUME_E2E_EXTENSION_DIR = join(extensionsDir, installed);
    // A test runner loads only along with a development extension: an empty one.
    extensionDevelopmentPath = join(repoRoot, 'test', 'e2e', 'host-extension');
  }
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath: join(repoRoot, 'out', 'e2e', 'index.js'),
    extensionTestsEnv,
    launchArgs: [workspace, '--extensions-dir', extensionsDir, '--user-data-dir', join(tmp, 'user-data'), '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
}
// Second channel: the counts the suite wrote itself guard against a silent pass.
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  console.log(`e2e: ${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  if (results.failed > 0 || results.passed === 0) code = code || 1;
} else {
  console.error('[e2e] the suite wrote no results');
  code = code || 1;
}
if (code === 0) keepActivationTimings(resultsFile);
rmSync(tmp, { recursive: true, force: true });
process.exit(code);
