// Renders the SEO report panel outside VS Code and screenshots it in headless Chromium, then checks
// the picture: the panel is not empty (non-background pixels), nothing overflows sideways, the
// stylesheet passed the Content-Security-Policy, and the page made no network request.
// Usage: node scripts/e2e/screenshot-report.mjs   → out/screenshots/report-{fr,en}-{800,420}.png (git-ignored)
/* global document, window, getComputedStyle, Image -- page.evaluate callbacks run in Chromium */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { loadBundle } from '../lib/load-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'out', 'screenshots');
mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM)`);
  process.exit(2);
}

// Bundle the real renderer and core (the same code as the extension) into one CommonJS file.
const entry = `
export { analyze, normalizeSettings } from './server/src/core';
export { buildReport, mapReportLocations } from './server/src/core/pipeline/report';
export { renderReportHtml } from './client/src/views/reportHtml';
export { LABELS } from './client/src/views/labels';
`;
const r = await loadBundle(entry, 'render');

// The sample: the repository's raw pasted article with a front matter, as a writer would start it.
const raw = readFileSync(join(root, 'examples', 'raw-article.md'), 'utf8');
const body = raw.split('\n').slice(1).join('\n');
const sample =
  '---\ntitle: "Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA"\n' +
  'description: "Zuckerberg, Brin et d’autres PDG appellent eux-mêmes les chercheurs en IA : salaires record, débauchage agressif, la guerre des talents s’intensifie entre Meta, Google et OpenAI."\n' +
  'keyphrase: talents en IA\n---\n\n' +
  body;

function wireReport(text, locale) {
  const settings = r.normalizeSettings({ locale });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const pos = (offset) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return { line, character: offset - lineStarts[line] };
  };
  return r.mapReportLocations(r.buildReport(r.analyze(text, settings), settings), (s) => ({ start: pos(s.start), end: pos(s.end) }));
}

// VS Code injects its theme as --vscode-* variables; these are Dark Modern's values.
const theme = `:root {
  --vscode-foreground: #cccccc; --vscode-editor-background: #1f1f1f; --vscode-font-family: 'Liberation Sans', Arial, sans-serif;
  --vscode-font-size: 13px; --vscode-editor-font-family: 'DejaVu Sans Mono', monospace; --vscode-descriptionForeground: #9d9d9d;
  --vscode-panel-border: #2b2b2b; --vscode-sideBar-background: #181818; --vscode-textLink-foreground: #4daafc;
  --vscode-testing-iconPassed: #73c991; --vscode-editorWarning-foreground: #cca700; --vscode-editorError-foreground: #f14c4c;
  --vscode-editorWidget-border: #454545; --vscode-list-hoverBackground: #2a2d2e; --vscode-focusBorder: #0078d4;
}`;
writeFileSync(join(outDir, 'theme-dark.css'), theme);
const styleUris = [pathToFileURL(join(outDir, 'theme-dark.css')).href, pathToFileURL(join(root, 'media', 'report.css')).href];

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures = [];
try {
  for (const locale of ['fr', 'en']) {
    const html = r.renderReportHtml(wireReport(sample, locale), r.LABELS[locale], {
      cspSource: 'file:',
      nonce: 'c2NyZWVuc2hvdA==',
      styleUris,
      subject: 'articles/talents-ia.md',
    });
    const htmlPath = join(outDir, `report-${locale}.html`);
    writeFileSync(htmlPath, html);
    for (const width of [800, 420]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const remote = [];
      page.on('request', (req) => {
        if (!req.url().startsWith('file:')) remote.push(req.url());
      });
      const cspErrors = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
      });
      // Stands in for the webview host, so that the panel's own (nonced) script can be exercised.
      await page.addInitScript(() => {
        window.__posted = [];
        window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m) });
      });
      await page.goto(pathToFileURL(htmlPath).href);
      const facts = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        background: getComputedStyle(document.body).backgroundColor,
        groups: document.querySelectorAll('section.group').length,
      }));
      const png = join(outDir, `report-${locale}-${width}.png`);
      const shot = await page.screenshot({ path: png, fullPage: true });

      // The script runs under the CSP: a click on a finding asks to reveal its range, an update swaps the content.
      await page.click('.finding');
      const posted = await page.evaluate(() => window.__posted);
      const revealOk = posted.length === 1 && posted[0].type === 'reveal' && Number.isInteger(posted[0].range?.start?.line);
      await page.evaluate(() => window.postMessage({ type: 'update', html: '<p id="swapped">ok</p>' }, '*'));
      const swapped = await page
        .waitForSelector('#root > #swapped', { timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      await page.close();

      // Count the pixels that differ from the background, decoding the PNG in a blank page.
      const counter = await browser.newPage();
      const painted = await counter.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, img.width, img.height);
        const [r0, g0, b0] = [data[0], data[1], data[2]];
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 30) n++;
        return { n, total: data.length / 4, w: img.width, h: img.height };
      }, shot.toString('base64'));
      await counter.close();

      const share = painted.n / painted.total;
      const line = `${png.slice(root.length + 1)}: ${painted.w}×${painted.h} px, ${(share * 100).toFixed(1)} % non-background pixels, scrollWidth ${facts.scrollWidth}/${facts.innerWidth}, body background ${facts.background}, ${facts.groups} groups, reveal ${revealOk ? 'ok' : 'FAILED'}, update ${swapped ? 'ok' : 'FAILED'}`;
      console.log(line);
      if (share < 0.01) failures.push(`${png}: empty panel`);
      if (facts.scrollWidth > facts.innerWidth) failures.push(`${png}: horizontal overflow (${facts.scrollWidth} > ${facts.innerWidth})`);
      if (facts.background !== 'rgb(31, 31, 31)') failures.push(`${png}: the stylesheet did not apply (CSP?)`);
      if (facts.groups !== 5) failures.push(`${png}: ${facts.groups} groups instead of 5`);
      if (remote.length > 0) failures.push(`${png}: network requests ${remote.join(', ')}`);
      if (!revealOk) failures.push(`${png}: a click on a finding posted ${JSON.stringify(posted)}`);
      if (!swapped) failures.push(`${png}: an update message did not replace the content`);
      if (cspErrors.length > 0) failures.push(`${png}: CSP violations: ${cspErrors.join(' | ')}`);
    }
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('screenshots OK');
