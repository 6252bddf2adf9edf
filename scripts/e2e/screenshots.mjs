// The README's pictures, taken from the real extension in the real workbench: the current build
// packaged as a .vsix, installed into code-server, driven by headless Chromium (workbench.mjs). Each
// picture is a gesture a writer makes on the raw article; re-run after any change to the report, the
// fixes or their order (`npm run screenshots`) and the pictures follow.
//
//   node scripts/e2e/screenshots.mjs   → images/screenshots/{diagnostics,quick-fix,report,preview}.jpg
//
// JPEG at quality 80 (~60–120 KB each); the package's allow-list (.vscodeignore) leaves them out of the
// .vsix: the Marketplace and Open VSX show the README's images from the repository.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { openFile, openWorkbench, packageVsix, problemRows, repoRoot, runCommand } from './workbench.mjs';

const outDir = join(repoRoot, 'images', 'screenshots');
mkdirSync(outDir, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'plume-shots-'));
const say = (m) => console.log(`[screenshots] ${m}`);
let wb;
let ok = false;
try {
  const vsix = packageVsix(scratch);
  wb = await openWorkbench({
    vsix,
    workspace: join(repoRoot, 'test', 'fixtures', 'e2e-workspace'),
    settings: { 'plume.locale': 'fr', 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.commandCenter': false, 'workbench.layoutControl.enabled': false },
    viewport: { width: 1280, height: 760 },
    log: say,
  });
  const { page } = wb;
  const shot = async (name) => {
    const path = join(outDir, `${name}.jpg`);
    await page.screenshot({ path, type: 'jpeg', quality: 80 });
    say(`${name}.jpg (${(statSync(path).size / 1024).toFixed(0)} KB)`);
  };
  await runCommand(page, 'View: Close Primary Side Bar').catch(() => undefined);
  await runCommand(page, 'View: Close Secondary Side Bar').catch(() => undefined);
  await openFile(page, 'raw-article.md');
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 120_000 });
  for (let i = 0; i < 60 && !(await problemRows(page)).some((r) => /title-language/.test(r)); i++) await delay(500);
  await delay(2000); // the detector's second pass
  await shot('diagnostics');

  // The lightbulb on the title: the fixes in the order the server gives them.
  await page.locator('.markers-panel .monaco-list-row', { hasText: /plume\(?title-language/ }).first().click();
  await page.keyboard.press('Enter');
  await delay(500);
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget').filter({ has: page.locator('.monaco-list-row') }).first().waitFor({ state: 'visible', timeout: 20_000 });
  await delay(500);
  await shot('quick-fix');
  await page.keyboard.press('Escape');

  // The results-page preview: hover the title of the finished article (on the raw article
  // the title's own diagnostics come first in the hover and push the preview out of sight).
  await runCommand(page, 'View: Close Panel').catch(() => undefined);
  await openFile(page, 'good-article.md');
  await delay(3000);
  await page.locator('.monaco-editor .view-line', { hasText: 'Aller au travail' }).first().hover({ position: { x: 200, y: 8 } });
  await page.locator('.monaco-hover').filter({ hasText: /px/ }).first().waitFor({ state: 'visible', timeout: 20_000 });
  await delay(800);
  await shot('preview');
  await page.mouse.move(5, 700);

  // The report beside the raw article.
  await openFile(page, 'raw-article.md');
  await runCommand(page, 'Plume: Show SEO Report');
  await page.locator('iframe.webview').first().waitFor({ state: 'attached', timeout: 30_000 });
  await delay(4000);
  await shot('report');
  ok = true;
} catch (error) {
  console.error(`[screenshots] ${error instanceof Error ? error.message : String(error)}`);
  if (wb) await wb.page.screenshot({ path: join(repoRoot, 'out', 'screenshots-failure.png') }).catch(() => undefined);
}
const clean = wb ? await wb.close() : true;
rmSync(scratch, { recursive: true, force: true });
process.exit(ok && clean ? 0 : 1);
