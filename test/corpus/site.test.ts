import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSite, normalizeSettings, parseArticle, SiteIndex, summarizeArticle, type Article, type ArticleSummary } from '../../server/src/core';
import { corpusRoot, hasCorpus, readArticle, readTsv } from './corpus';

test('site-wide checks over the whole corpus: never throw, and find the five « Participez à nos ateliers de formation ! » titles', (t) => {
  if (!hasCorpus) {
    t.skip(`no corpus at ${corpusRoot}`);
    return;
  }
  const settings = normalizeSettings({ locale: 'fr', frontMatter: { keyphraseFields: ['tags'] } });
  const index = new SiteIndex();
  const parsed: { article: Article; summary: ArticleSummary }[] = [];
  for (const row of readTsv('MANIFEST.tsv')) {
    const article = parseArticle(readArticle(row.file), { titleFields: settings.frontMatter.titleFields });
    const summary = summarizeArticle(row.file, article, settings);
    index.set(summary);
    parsed.push({ article, summary });
  }
  assert.equal(index.size, 177);
  const byRule = new Map<string, number>();
  for (const { article, summary } of parsed) {
    for (const f of checkSite(article, summary, index, settings)) {
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      assert.ok(f.related.length > 0, `${summary.path}: ${f.ruleId} without related locations`);
      assert.ok(f.span.start <= f.span.end && f.span.end <= article.text.length);
    }
  }
  const ateliers = parsed.filter((p) => /ateliers?-(?:de-)?formations?\.md$/.test(p.summary.path) && p.summary.title?.key === 'participez a nos ateliers de formation');
  assert.equal(ateliers.length, 5, 'the corpus repeats this title five times');
  for (const { article, summary } of ateliers) {
    assert.ok(checkSite(article, summary, index, settings).some((f) => f.ruleId === 'duplicate-title'), summary.path);
  }
  assert.ok((byRule.get('keyphrase-cannibalisation') ?? 0) > 0, JSON.stringify([...byRule]));
});
