// Times what a code-action request costs the server after a keystroke, in process: the quick fixes at
// the cursor (what VS Code's automatic request at every cursor move now computes) against the same
// plus the source actions (outline, description, fix-all: what an explicit menu request computes);
// each with every edit computed (`computeActions`: what a client that does not resolve code actions
// gets) and as listed for a client that resolves them (`listActions`: the costly edits deferred).
// `node scripts/bench/time-code-actions.mjs [article|longest|book] [edits]` (inputs as in scripts/bench).
import { loadCore } from '../lib/load-core.mjs';
import { loadInputs } from './inputs.mjs';
import { quantile, seeded } from './stats.mjs';

const id = process.argv[2] ?? 'book';
const edits = Number(process.argv[3] ?? 30);
const core = await loadCore();
const settings = core.normalizeSettings({});
core.preloadLanguageDetector();
let { text, label } = loadInputs(core).inputs.find((i) => i.id === id);
text = text.slice(0, settings.maxDocumentSize); // as the server analyses it
const rand = seeded(42);
let analysis = core.analyze(text, settings);
const times = { automatic: [], invoked: [], 'automatic, resolving client': [], 'invoked, resolving client': [] };
for (let r = 0; r < edits + 3; r++) {
  const words = analysis.article.words;
  const at = words[Math.floor(rand() * words.length)].end;
  text = text.slice(0, at) + 'x' + text.slice(at);
  analysis = core.analyze(text, settings, { previous: { article: analysis.article, changes: [{ from: at, to: at, insertLength: 1 }] } });
  for (const [kind, sourceActions, list] of [['automatic', false, core.computeActions], ['invoked', true, core.computeActions], ['automatic, resolving client', false, core.listActions], ['invoked, resolving client', true, core.listActions]]) {
    const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };
    const started = performance.now();
    list(context, { range: { start: at, end: at + 1 }, quickFixes: true, sourceActions });
    if (r >= 3) times[kind].push(performance.now() - started);
  }
}
const ms = (x) => `${x.toFixed(1)} ms`;
for (const [kind, list] of Object.entries(times)) {
  list.sort((a, b) => a - b);
  console.log(`${label}: code actions after a keystroke, ${kind.startsWith('automatic') ? 'quick fixes only (cursor move)' : 'with source actions (menu)'}${kind.includes('resolving') ? ', listed for a client that resolves edits' : ''}: median ${ms(quantile(list, 0.5))}, p95 ${ms(quantile(list, 0.95))} (n=${list.length})`);
}
