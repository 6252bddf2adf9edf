// Times re-analysis after a keystroke, in process, as the language server does it: one letter inserted
// after a seeded random word, then `analyze` with the previous article and the change. Median and p95.
// `node --expose-gc scripts/bench/time-keystrokes.mjs [article|longest|book] [edits]` (inputs as in
// scripts/bench); with --expose-gc it also prints V8's heap after the run, collected (the memory kept
// between keystrokes: the last article, its per-block results, the language detector).
import { loadCore } from '../lib/load-core.mjs';
import { loadInputs } from './inputs.mjs';
import { quantile, seeded } from './stats.mjs';

const id = process.argv[2] ?? 'book';
const edits = Number(process.argv[3] ?? 100);
const core = await loadCore();
const settings = core.normalizeSettings({});
const heapMB = () => (globalThis.gc ? (globalThis.gc(), process.memoryUsage().heapUsed / 2 ** 20) : undefined);
core.preloadLanguageDetector();
let { text, label } = loadInputs(core).inputs.find((i) => i.id === id);
const rand = seeded(42);
let analysis = core.analyze(text, settings);
const heapBefore = heapMB();
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
const heapAfter = heapMB();
const heap = heapAfter === undefined ? '' : `; heap ${heapBefore.toFixed(0)} MB after the first analysis, ${heapAfter.toFixed(0)} MB after ${times.length + 5} edits`;
console.log(`${label} (${text.length} characters, ${analysis.findings.some((f) => f.ruleId === 'analysis-partial') ? 'first part only' : 'whole'}): keystroke → findings in process, median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} (n=${times.length}, ${analysis.findings.length} findings)${heap}`);
