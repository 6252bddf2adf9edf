// Times the full analysis (parse + all rules) of the longest corpus article and of the raw example:
// median and spread over repeated runs after warm-up. `node scripts/bench/time-analysis.mjs [runs]`
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot, loadCore, parseTsv, repoRoot } from '../lib/load-core.mjs';

const runs = Number(process.argv[2] ?? 200);
const core = await loadCore();
const settings = core.normalizeSettings({});
core.preloadLanguageDetector();

const inputs = [['examples/raw-article.md', readFileSync(join(repoRoot, 'examples', 'raw-article.md'), 'utf8')]];
try {
  const rows = parseTsv(readFileSync(join(corpusRoot, 'MANIFEST.tsv'), 'utf8'));
  let longest = rows[0];
  for (const r of rows) if (statSync(join(corpusRoot, r.file)).size > statSync(join(corpusRoot, longest.file)).size) longest = r;
  inputs.push([`corpus: ${longest.file}`, readFileSync(join(corpusRoot, longest.file), 'utf8')]);
} catch {
  console.log('(corpus not found: timing the example only)');
}

for (const [name, text] of inputs) {
  for (let i = 0; i < 20; i++) core.analyze(text, settings);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    core.analyze(text, settings);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3);
  const words = core.analyze(text, settings).article.bodyWordCount;
  console.log(`${name} (${words} words, ${text.length} chars): median ${q(0.5)} ms, p10 ${q(0.1)} ms, p90 ${q(0.9)} ms over ${runs} runs`);
}
