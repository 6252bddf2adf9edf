// The end-to-end check of the web extension: Plume installed from its .vsix into code-server, forced
// into the browser's web worker extension host (as on vscode.dev and github.dev), driven by headless
// Chromium. It opens the raw article, waits for Plume's diagnostics in the editor and the Problems
// panel, opens the quick fixes of a typography diagnostic and applies the first one. It also checks
// that the browser bundles were loaded and that no Node language server process was started.
//
//   node scripts/e2e/run-web.mjs [--vsix FILE] [--node-host]   (without --vsix, packages the current build)
//
// Environment: PLUME_E2E_CACHE (toolchain cache), PLUME_E2E_TIMEOUT (seconds, default 240),
// PLUME_E2E_KEEP=1 (keep the temp folder). Writes out/e2e-web.json (timings) and, on failure,
// out/e2e-web-failure.png.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { openFile, openWorkbench, packageVsix, problemRows, repoRoot } from './workbench.mjs';

const started = Date.now();
const say = (m) => console.log(`[e2e web] ${m}`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const args = process.argv.slice(2);
// --node-host: the same steps in code-server's Node extension host, to compare start times.
const nodeHost = args.includes('--node-host');
const timeoutMs = Number(process.env.PLUME_E2E_TIMEOUT ?? 240) * 1000;
const scratch = mkdtempSync(join(tmpdir(), 'plume-web-vsix-'));
const vsix = args.includes('--vsix') ? resolve(args[args.indexOf('--vsix') + 1]) : (say('packaging the current build'), packageVsix(scratch));
const outDir = join(repoRoot, 'out');
mkdirSync(outDir, { recursive: true });

/** Plume's diagnostics are listed as « message plume(code) [Ln, Col] » (text content: « plumecode[Ln »). */
const codesIn = (rows) => [...new Set(rows.flatMap((r) => [...r.replace(/\s+/g, '').matchAll(/plume\(?([a-z0-9-]+)\)?\[Ln/g)].map((m) => m[1])))].sort();

async function waitFor(what, check, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(250);
  }
}

let wb;
let ok = false;
let lastRows = [];
const hardStop = setTimeout(() => {
  console.error(`[e2e web] timed out after ${timeoutMs / 1000} s (PLUME_E2E_TIMEOUT)`);
  void (wb?.close() ?? Promise.resolve()).then(() => process.exit(1));
}, timeoutMs);
try {
  wb = await openWorkbench({ vsix, workspace: join(repoRoot, 'test', 'fixtures', 'e2e-workspace'), web: !nodeHost, settings: { 'plume.locale': 'fr' }, log: say });
  const { page } = wb;
  say(`workbench open after ${elapsed()}`);
  const opened = Date.now();
  await openFile(page, 'raw-article.md');
  await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 90_000 });
  const firstDiagnosticsMs = Date.now() - opened;
  say(`first diagnostics in the editor ${firstDiagnosticsMs} ms after opening the article (${elapsed()})`);

  // The extension ran in the browser: its web bundles were fetched, and no Node server was spawned.
  const webBundles = wb.requests.map((u) => decodeURIComponent(u)).filter((u) => /plume\.plume-seo-[^/]*\/dist\/web\/(client|server)\.js/.test(u));
  if (!nodeHost && !webBundles.some((u) => u.includes('/dist/web/client.js'))) throw new Error(`the browser entry was not loaded; requests: ${wb.requests.filter((u) => u.includes('plume')).join(' ')}`);
  const nodeServers = wb.commandLines().filter((c) => /dist\/server(-main)?\.js/.test(c));
  if (!nodeHost && nodeServers.length > 0) throw new Error(`a Node language server runs, so Plume is not in the web worker: ${nodeServers.join(' | ')}`);

  // min-words is about the whole article: the report and the status bar show it, not the editor.
  const expected = ['title-language', 'title-length', 'subheadings'];
  const rows = await waitFor('the raw article’s diagnostics in the Problems panel', async () => {
    const r = (lastRows = await problemRows(page));
    return expected.every((c) => codesIn(r).includes(c)) ? r : undefined;
  });
  const codes = codesIn(rows);
  const total = await page.locator('.markers-panel .monaco-count-badge, .panel .composite.title .badge-content').first().innerText().catch(() => '?');
  say(`Problems panel: ${total} problems; visible codes ${codes.join(', ')}`);

  // One quick fix: from the title-language row to the title, open the fixes, apply the first.
  const visibleText = () => page.locator('.monaco-editor .view-lines').first().innerText();
  await page.locator('.markers-panel .monaco-list-row', { hasText: /plume\(?title-language/ }).first().click();
  await page.keyboard.press('Enter');
  await delay(500);
  const before = await visibleText();
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget').filter({ has: page.locator('.monaco-list-row') }).first();
  await menu.waitFor({ state: 'visible', timeout: 20_000 });
  const items = (await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  if (items.length === 0) throw new Error('the quick-fix menu is empty');
  say(`quick fixes offered: ${items.slice(0, 6).join(' | ')}`);
  await page.keyboard.press('Enter');
  await waitFor('the quick fix to change the text', async () => (await visibleText()) !== before, 30_000);
  say(`« ${items[0]} » applied: the text changed`);
  const firstLineBefore = before.split('\n')[0];
  const firstLineAfter = (await visibleText()).split('\n')[0];
  say(`line 1: « ${firstLineBefore.slice(0, 70)} » → « ${firstLineAfter.slice(0, 70)} »`);
  writeFileSync(join(outDir, nodeHost ? 'e2e-web-node-host.json' : 'e2e-web.json'), JSON.stringify({ firstDiagnosticsMs, problems: total, codes, quickFix: items[0], webBundles }, null, 2) + '\n');
  ok = true;
} catch (error) {
  console.error(`[e2e web] ${error instanceof Error ? error.message : String(error)}`);
  if (typeof lastRows !== 'undefined') console.error(`[e2e web] Problems rows: ${JSON.stringify(lastRows.slice(0, 5))}`);
  if (wb) {
    await wb.page.screenshot({ path: join(outDir, 'e2e-web-failure.png') }).catch(() => undefined);
    const lines = wb.consoleLines.filter((l) => /plume|error|fail|worker/i.test(l)).slice(-40);
    console.error(`[e2e web] browser console (Plume, errors, workers):\n${lines.join('\n')}`);
    console.error(`[e2e web] Plume requests: ${wb.requests.filter((u) => u.includes('plume.plume-seo') && !u.includes('syntaxes')).join('\n')}`);
  }
}
clearTimeout(hardStop);
const clean = wb ? await wb.close() : true;
rmSync(scratch, { recursive: true, force: true });
say(`${ok && clean ? 'passed' : 'FAILED'} in ${elapsed()}`);
process.exit(ok && clean ? 0 : 1);
