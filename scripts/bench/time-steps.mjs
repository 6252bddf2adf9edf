// Where a keystroke's re-analysis spends its time, in process: the parse and each rule, as the
// language server slices them (core `analysisSteps`, whose pauses name the work they end). One letter
// inserted after a seeded random word, then the steps timed one by one: per part, the mean time per
// keystroke and the longest single slice (what a request waits behind at worst), the slowest first.
// `node scripts/bench/time-steps.mjs [article|longest|book] [edits] [rows]`
import { loadCore } from '../lib/load-core.mjs';
import { loadInputs } from './inputs.mjs';
import { seeded } from './stats.mjs';

const id = process.argv[2] ?? 'book';
const edits = Number(process.argv[3] ?? 40);
const rows = Number(process.argv[4] ?? 25);
const WARMUP = 5;
const core = await loadCore();
const settings = core.normalizeSettings({});
core.preloadLanguageDetector();
let { text, label } = loadInputs(core).inputs.find((i) => i.id === id);
const rand = seeded(42);
let analysis = core.analyze(text, settings);
const total = new Map();
const longest = new Map();
for (let r = 0; r < edits + WARMUP; r++) {
  const words = analysis.article.words;
  const at = words[Math.floor(rand() * words.length)].end;
  text = text.slice(0, at) + 'x' + text.slice(at);
  const steps = core.analysisSteps(text, settings, { previous: { article: analysis.article, changes: [{ from: at, to: at, insertLength: 1 }] } });
  let t = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    const name = step.done ? 'end' : step.value;
    if (r >= WARMUP) {
      total.set(name, (total.get(name) ?? 0) + now - t);
      longest.set(name, Math.max(longest.get(name) ?? 0, now - t));
    }
    t = now;
    if (step.done) {
      analysis = step.value;
      break;
    }
  }
}
const table = [...total].map(([name, sum]) => ({ name, mean: sum / edits, max: longest.get(name) })).sort((a, b) => b.mean - a.mean);
const sum = table.reduce((s, row) => s + row.mean, 0);
const slice = table.reduce((m, row) => Math.max(m, row.max), 0);
console.log(`${label}: ${edits} keystrokes, ${sum.toFixed(1)} ms per keystroke in process (mean), longest slice ${slice.toFixed(1)} ms; by part:`);
for (const row of table.slice(0, rows)) console.log(`${row.name.padEnd(28)} mean ${row.mean.toFixed(2).padStart(6)} ms  longest slice ${row.max.toFixed(2).padStart(6)} ms`);
