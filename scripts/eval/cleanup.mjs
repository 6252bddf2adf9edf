// The clean-up rules (debris, machine-translation artefacts, anglicisms, spelling, repetitions)
// measured: what they find in the raw article, false alarms per 1,000 words on the French corpus
// articles (written by people: every finding there counts as a false alarm, except the misspellings
// listed in scripts/eval/data/corpus-real-typos.txt, counted apart), per half of the corpus,
// with the worst articles and examples; and the French dictionary's load time and memory.
//   npm run eval:cleanup --  [--fold=0|1] [--examples=N] [--raw=PATH]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot, loadCore, parseTsv, repoRoot } from '../lib/load-core.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const foldArg = arg('fold');
const examples = Number(arg('examples') ?? 3);
const rawPath = arg('raw') ?? join(repoRoot, '..', 'shared', 'raw-article.txt');
// Findings of `spelling` read as real misspellings of the human text (not false alarms).
const realTypos = new Set(
  readFileSync(join(repoRoot, 'scripts', 'eval', 'data', 'corpus-real-typos.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

export const CLEANUP_RULES = [
  'debris-source', 'debris-credit', 'debris-stray', 'debris-ui', 'pseudo-bullets', 'blank-lines',
  'english-formats', 'title-case', 'fused-words', 'translated-names', 'calques', 'anglicisms', 'leur-plural', 'spelling', 'repetition',
];

const core = await loadCore();
const settings = core.normalizeSettings({ locale: 'fr' });
const rules = core.RULES.filter((r) => CLEANUP_RULES.includes(r.meta.id));

// The dictionary's cost, measured in this process before anything else loads it.
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
core.analyze('# T\n\nUn mot.\n', settings, { rules: rules.filter((r) => r.meta.id === 'spelling') });
const loadMs = performance.now() - t0;
globalThis.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
console.log(`French dictionary: loaded in ${loadMs.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB${globalThis.gc ? '' : ' (run with --expose-gc for a settled figure)'}`);

// 1. The raw article.
const raw = readFileSync(rawPath, 'utf8');
const rawFindings = core.analyze(raw, settings, { rules }).findings;
console.log(`\n## ${rawPath}: ${rawFindings.length} findings`);
console.log('| rule | line | text |\n|---|---|---|');
for (const f of rawFindings) {
  const line = raw.slice(0, f.span.start).split('\n').length;
  console.log(`| ${f.ruleId} | ${line} | ${raw.slice(f.span.start, f.span.end).replace(/\n/g, ' ⏎ ').slice(0, 70)} |`);
}
const fixed = core.fixArticle(raw, settings, { title: true });
console.log(`\nfix-all: ${Object.entries(fixed.perRule).map(([r, n]) => `${r} ${n}`).join(', ')}`);

// 2. The French corpus.
const rows = parseTsv(readFileSync(join(corpusRoot, 'MANIFEST.tsv'), 'utf8'));
for (const fold of foldArg === undefined ? [0, 1] : [Number(foldArg)]) {
  const french = rows.filter((r, i) => r.language === 'fr' && i % 2 === fold);
  let words = 0;
  const perRule = new Map(CLEANUP_RULES.map((id) => [id, { count: 0, real: 0, byFile: new Map(), samples: [] }]));
  for (const row of french) {
    const text = readFileSync(join(corpusRoot, row.file), 'utf8');
    const analysis = core.analyze(text, settings, { rules });
    words += analysis.article.bodyWordCount;
    for (const f of analysis.findings) {
      const r = perRule.get(f.ruleId);
      if (!r) continue;
      if (f.ruleId === 'spelling' && realTypos.has(text.slice(f.span.start, f.span.end))) {
        r.real++;
        continue;
      }
      r.count++;
      r.byFile.set(row.file, (r.byFile.get(row.file) ?? 0) + 1);
      if (r.samples.length < 200) r.samples.push(`${row.file.split('/').pop()}: « ${text.slice(f.span.start, f.span.end).replace(/\n/g, ' ⏎ ').slice(0, 60)} »`);
    }
  }
  console.log(`\n## French corpus, fold ${fold}: ${french.length} articles, ${words} words`);
  console.log('| rule | false alarms | per 1,000 words | real errors found | worst article |\n|---|---:|---:|---:|---|');
  for (const [id, r] of perRule) {
    const worst = [...r.byFile].sort((a, b) => b[1] - a[1])[0];
    console.log(`| ${id} | ${r.count} | ${((1000 * r.count) / words).toFixed(2)} | ${r.real || ''} | ${worst ? `${worst[0].split('/').pop()} (${worst[1]})` : ''} |`);
  }
  for (const [id, r] of perRule) {
    if (r.count === 0 || examples === 0) continue;
    // Spread the examples over the list rather than the first file's.
    const step = Math.max(1, Math.floor(r.samples.length / examples));
    const picks = r.samples.filter((_, i) => i % step === 0).slice(0, examples);
    console.log(`- ${id}: ${picks.join(' · ')}`);
  }
}
