// Compares the temporary Arial width estimate (server/src/core/serp/estimate.ts) with the widths
// Chromium measures in Liberation Sans (metric-compatible with Arial) for the corpus's titles
// (20 px) and descriptions (14 px), and counts how often both agree on « cut on desktop ».
// Usage: node scripts/eval/serp-estimate.mjs   (needs /usr/bin/chromium and ../shared/corpus)
/* global document */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { corpusRoot, loadBundle } from '../lib/load-core.mjs';

const corpus = corpusRoot;
if (!existsSync(join(corpus, 'MANIFEST.tsv'))) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const core = await loadBundle(
  `export { analyze, normalizeSettings } from './server/src/core';\nexport { serpFields, SERP_BOXES, normalizeSnippet } from './server/src/core/seo/serpPreview';\nexport { textWidth } from './server/src/core/seo/width';`,
  'serp-estimate',
);
const settings = core.normalizeSettings({});
const rows = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0]);
const samples = { title: [], description: [] };
for (const file of rows) {
  const fields = core.serpFields(core.analyze(readFileSync(join(corpus, file), 'utf8'), settings).article, settings);
  if (fields.title) samples.title.push(core.normalizeSnippet(fields.title.text));
  if (fields.description && fields.description.source === 'frontMatter') samples.description.push(core.normalizeSnippet(fields.description.text));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const part of ['title', 'description']) {
    const box = core.SERP_BOXES.desktop[part];
    const texts = samples[part];
    const measured = await page.evaluate(
      ({ texts, px }) => {
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = `${px}px "Liberation Sans"`;
        return texts.map((t) => ctx.measureText(t).width);
      },
      { texts, px: box.fontPx },
    );
    const errors = texts.map((t, i) => core.textWidth(t, box.fontPx) - measured[i]);
    const abs = errors.map(Math.abs).sort((a, b) => a - b);
    const rel = texts.map((_, i) => Math.abs(errors[i]) / Math.max(1, measured[i]));
    const agree = texts.filter((t, i) => core.textWidth(t, box.fontPx) > box.lineWidth === measured[i] > box.lineWidth).length;
    const overMeasured = measured.filter((w) => w > box.lineWidth).length;
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `${part}s (${box.fontPx} px, limit ${box.lineWidth} px): n=${texts.length}, mean |error| ${mean(abs).toFixed(2)} px, ` +
        `median ${abs[Math.floor(abs.length / 2)].toFixed(2)} px, max ${abs.at(-1).toFixed(2)} px, mean relative ${(mean(rel) * 100).toFixed(2)} %, ` +
        `over the limit (measured) ${overMeasured}, same cut/no-cut decision ${agree}/${texts.length}`,
    );
  }
} finally {
  await browser.close();
}
