// Times re-analysis after a keystroke, in process, as the language server does it: one letter inserted
// after a seeded random word, then `analyze` with the previous article and the change. Median and p95.
// `node scripts/bench/time-keystrokes.mjs [article|longest|book] [edits]` (inputs as in scripts/bench).
import { loadCore } from '../lib/load-core.mjs';
import { loadInputs } from './inputs.mjs';
import { quantile, seeded } from './stats.mjs';

const id = process.argv[2] ?? 'book';
const edits = Number(process.argv[3] ?? 100);
const core = await loadCore();
const settings = core.normalizeSettings({});
core.preloadLanguageDetector();
let { text, label } = loadInputs(core).inputs.find((i) => i.id === id);
const rand = seeded(42);
let analysis = core.analyze(text, settings);
const times = [];
for (let r = 0; r < edits + 5; r++) {
  const words = analysis.article.words;
  const at = words[Math.floor(rand() * words.length)].end;
  text = text.slice(0, at) + 'x' + text.slice(at);
  const started = performance.now();
  analysis = core.analyze(text, settings, { previous: { article: analysis.article, changes: [{ from: at, to: at, insertLength: 1 }] } });
  if (r >= 5) times.push(performance.now() - started); // the first ones warm the code up
}
times.sort((a, b) => a - b);
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`${label}: keystroke → findings in process, median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} (n=${times.length}, ${analysis.findings.length} findings)`);
