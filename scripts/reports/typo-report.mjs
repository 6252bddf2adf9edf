// Typography fix-all on the French corpus: fixes per article (median, p90), totals per rule, and a
// sample of fixes with context for reading. Rerunnable: node scripts/reports/typo-report.mjs [--sample N] [--seed S]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCore } from '../lib/load-core.mjs';

const repoRoot = process.cwd();
const corpus = resolve(repoRoot, '..', 'shared', 'corpus');
if (!existsSync(resolve(corpus, 'MANIFEST.tsv'))) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const sampleSize = arg('--sample', 10);
let seed = arg('--seed', 1);

const { analyze, normalizeSettings } = await loadCore();
const settings = normalizeSettings({ locale: 'fr' });

const rows = readFileSync(resolve(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const files = rows.filter((r) => r[4] === 'fr').map((r) => r[0]);
const perArticle = [];
const totals = {};
const all = [];
for (const file of files) {
  const text = readFileSync(resolve(corpus, file), 'utf8');
  const typo = analyze(text, settings).findings.filter((f) => f.ruleId.startsWith('typo-'));
  perArticle.push(typo.length);
  for (const f of typo) {
    totals[f.ruleId] = (totals[f.ruleId] ?? 0) + 1;
    all.push({ file, text, finding: f });
  }
}
const sorted = [...perArticle].sort((a, b) => a - b);
const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const show = (s) => s.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '°').replace(/\n/g, '⏎');
console.log(`French articles: ${files.length}; articles with at least one fix: ${perArticle.filter((n) => n > 0).length}`);
console.log(`fixes per article: median ${quantile(0.5)}, p90 ${quantile(0.9)}, max ${sorted.at(-1)}, total ${all.length}`);
for (const [rule, n] of Object.entries(totals).sort()) console.log(`  ${rule}: ${n}`);
// A deterministic sample (LCG), stratified: at least one per rule, then random.
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const picks = [];
for (const rule of Object.keys(totals).sort()) {
  const of = all.filter((x) => x.finding.ruleId === rule);
  picks.push(of[Math.floor(rand() * of.length)]);
}
while (picks.length < sampleSize && picks.length < all.length) {
  const x = all[Math.floor(rand() * all.length)];
  if (!picks.includes(x)) picks.push(x);
}
console.log(`\nsample of ${picks.length} fixes (⍽ narrow no-break space, ° no-break space, ⏎ line break):`);
for (const { file, text, finding } of picks) {
  const { start, end } = finding.span;
  const before = text.slice(Math.max(0, start - 35), start);
  const after = text.slice(end, end + 35);
  let fixed = text;
  for (const e of [...finding.data.edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
  const delta = fixed.length - text.length;
  console.log(`- ${finding.ruleId} ${file}`);
  console.log(`    before: …${show(before)}[${show(text.slice(start, end))}]${show(after)}…`);
  console.log(`    after:  …${show(before)}[${show(fixed.slice(start, end + delta))}]${show(after)}…`);
}
