// Findings per article per rule for each site of the corpus (all articles of the site, French and
// English), with the site conventions Plume detects for it (from the generator's configuration found
// between the article and the site's folder, else inferred from the site's own articles).
// Usage: node scripts/reports/corpus-sites.mjs [--json FILE] [--site SUBSTRING]
//   (npm run corpus:report -- --sites does the same).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { corpusRoot, loadCore, parseTsv } from '../lib/load-core.mjs';

export async function siteReport(args) {
  if (!existsSync(join(corpusRoot, 'MANIFEST.tsv'))) {
    console.error(`no corpus at ${corpusRoot}`);
    return;
  }
  const core = await loadCore();
  const rows = parseTsv(readFileSync(join(corpusRoot, 'MANIFEST.tsv'), 'utf8'));
  const only = args.includes('--site') ? args[args.indexOf('--site') + 1] : undefined;
  const sites = [...new Set(rows.map((r) => r.file.split('/')[0]))].filter((s) => !only || s.includes(only)).sort();
  const out = {};
  for (const site of sites) {
    const files = rows.filter((r) => r.file.startsWith(`${site}/`));
    const texts = files.map((r) => ({ path: r.file.slice(site.length + 1), text: readFileSync(join(corpusRoot, r.file), 'utf8') }));
    // The adapters' lookup: configuration files between the article and the site root, else the
    // site's articles. The corpus holds articles only, so conventions are inferred here.
    const conventions = core.detectConventions ? core.detectConventions({ configs: [], articles: texts }) : undefined;
    const effective = core.normalizeSettings(core.conventionsToConfig ? core.overlayConfig(core.conventionsToConfig(conventions), { locale: 'fr' }) : { locale: 'fr' });
    const perRule = {};
    const perArticle = [];
    for (const { path, text } of texts) {
      const { findings } = core.analyze(text, effective, { fileName: basename(path) });
      const counts = {};
      for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
      for (const [id, n] of Object.entries(counts)) {
        perRule[id] ??= { findings: 0, articles: 0 };
        perRule[id].findings += n;
        perRule[id].articles += 1;
      }
      perArticle.push({ file: `${site}/${path}`, counts, findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, start: f.span.start, message: f.message })) });
    }
    out[site] = { articles: texts.length, conventions: conventions ? core.describeConventions(conventions, 'en') : null, perRule, perArticle };
  }
  if (args.includes('--json')) {
    writeFileSync(args[args.indexOf('--json') + 1], JSON.stringify(out, null, 1));
  }
  for (const [site, r] of Object.entries(out)) {
    console.log(`\n## ${site}: ${r.articles} articles`);
    if (r.conventions) console.log(`conventions: ${r.conventions.length > 0 ? r.conventions.join('; ') : 'none detected'}`);
    const total = Object.values(r.perRule).reduce((n, p) => n + p.findings, 0);
    console.log(`findings per article: ${(total / r.articles).toFixed(2)} (${total})`);
    console.log('| rule | findings | per article | articles |');
    console.log('| --- | ---: | ---: | ---: |');
    const ids = core.RULES.map((x) => x.meta.id).filter((id) => r.perRule[id]);

    for (const id of ids) {
      const p = r.perRule[id];
      console.log(`| ${id} | ${p.findings} | ${(p.findings / r.articles).toFixed(2)} | ${p.articles} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await siteReport(process.argv.slice(2));
