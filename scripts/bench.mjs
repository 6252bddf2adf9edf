// Times the analysis (parse + every rule) on real articles of 600 to 900 words (MANIFEST words column), after warm-up
// (the language detector's one-time load is excluded). Reports CPU time (and wall time) per analysis. Usage: npm run bench [-- FILE...]
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCore } from './load-core.mjs';

const core = await loadCore();
const settings = core.normalizeSettings({ locale: 'fr' });
let files = process.argv.slice(2);
if (files.length === 0) {
  const corpus = resolve('..', 'shared', 'corpus');
  files = ['examples/raw-article.md'];
  if (existsSync(join(corpus, 'MANIFEST.tsv'))) {
    const [header, ...rows] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
    const cols = header.split('\t');
    const pick = rows.filter((r) => {
      const c = r.split('\t');
      const words = Number(c[cols.indexOf('words')]);
      return c[cols.indexOf('language')] === 'fr' && words >= 600 && words <= 900;
    });
    files.push(...pick.slice(0, 10).map((r) => join(corpus, r.split('\t')[0])));
  }
}
core.preloadLanguageDetector();
const ROUNDS = 200;
const times = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (let i = 0; i < 20; i++) core.analyze(text, settings, { fileName: basename(file) }); // warm-up
  // CPU time of this process, less sensitive than wall time to other processes sharing the cores.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) core.analyze(text, settings, { fileName: basename(file) });
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000 / ROUNDS;
  const wall = (performance.now() - t0) / ROUNDS;
  const words = core.parseArticle(text, { titleFields: ['title'] }).bodyWordCount;
  times.push(ms);
  console.log(`${ms.toFixed(3)} ms CPU (${wall.toFixed(3)} ms wall)  ${words} words  ${file.replace(/^.*corpus\//, '')}`);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median ${sorted[Math.floor(sorted.length / 2)].toFixed(3)} ms CPU per analysis (parse + ${core.RULES.length} rules), ${files.length} files`);
