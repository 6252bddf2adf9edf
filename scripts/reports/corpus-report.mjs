// Runs every rule over the French corpus articles of at least 700 words with `##` headings and prints
// warnings per article (median, 90th percentile) and, per rule, how many findings and on what share of
// articles. Usage: npm run corpus:report [-- --json] (the corpus is ../shared/corpus from the repo root);
// npm run corpus:report -- --sites [--json FILE] [--site NAME]: per site (scripts/reports/corpus-sites.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadCore } from '../lib/load-core.mjs';

if (process.argv.includes('--sites')) {
  // Per site, every article: findings per article per rule, and the conventions detected.
  const { siteReport } = await import('./corpus-sites.mjs');
  await siteReport(process.argv.slice(2));
  process.exit(0);
}
const corpus = resolve('..', 'shared', 'corpus');
if (!existsSync(join(corpus, 'MANIFEST.tsv'))) {
  console.error(`no corpus at ${corpus}`);
  process.exit(0);
}
const core = await loadCore();
const [header, ...rows] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
const cols = header.split('\t');
const col = (row, name) => row.split('\t')[cols.indexOf(name)];
const selected = rows.filter((r) => col(r, 'language') === 'fr' && Number(col(r, 'words')) >= 700 && Number(col(r, 'h2_count')) > 0);

const settings = core.normalizeSettings({ locale: 'fr' });
const perArticle = [];
const perRule = new Map(core.RULES.map((r) => [r.meta.id, { findings: 0, articles: 0 }]));
const scores = [];
for (const row of selected) {
  const file = col(row, 'file');
  const text = readFileSync(join(corpus, file), 'utf8');
  const { findings } = core.analyze(text, settings, { fileName: basename(file) });
  const warnings = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
  perArticle.push({ file, warnings: warnings.length, findings: findings.length });
  scores.push(core.computeScore(findings, settings).score);
  const seen = new Set();
  for (const f of findings) {
    const r = perRule.get(f.ruleId);
    r.findings++;
    if (!seen.has(f.ruleId)) r.articles++;
    seen.add(f.ruleId);
  }
}

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.ceil(pos)] - s[lo]) * (pos - lo);
};
const n = selected.length;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ articles: n, perArticle, perRule: Object.fromEntries(perRule) }, null, 2));
  process.exit(0);
}
const w = perArticle.map((a) => a.warnings);
console.log(`${n} French articles (≥ 700 words, with ## headings)`);
console.log(`warnings per article: median ${quantile(w, 0.5)}, p90 ${quantile(w, 0.9)}, max ${Math.max(...w)}`);
console.log(`all findings per article: median ${quantile(perArticle.map((a) => a.findings), 0.5)}, p90 ${quantile(perArticle.map((a) => a.findings), 0.9)}`);
console.log(`score: median ${quantile(scores, 0.5)}, p10 ${quantile(scores, 0.1)}, p90 ${quantile(scores, 0.9)}`);
console.log('');
console.log('| rule | default severity | findings | articles | share of articles |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const rule of core.RULES) {
  const r = perRule.get(rule.meta.id);
  const share = n === 0 ? 0 : Math.round((1000 * r.articles) / n) / 10;
  console.log(`| ${rule.meta.id} | ${rule.meta.defaultSeverity} | ${r.findings} | ${r.articles} | ${share} %${share > 100 / 3 ? ' ⚠' : ''} |`);
}
