import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, normalizeSettings } from '../../server/src/core';
import { hasCorpus, readArticle, readTsv } from './corpus';

const settings = normalizeSettings({ locale: 'fr' });

/** Longest run of words between H2/H3 headings (the introduction included), title excluded. */
function longestStretch(text: string): number {
  const { article } = analyze(text, settings, { rules: [] });
  let longest = 0;
  let run = 0;
  article.blocks.forEach((b, i) => {
    if (i === article.titleBlock) return;
    if (b.kind === 'heading' && b.headingIndex !== undefined && [2, 3].includes(article.headings[b.headingIndex].level)) {
      run = 0;
      return;
    }
    if (b.kind !== 'heading') run += b.wordEnd - b.wordStart;
    longest = Math.max(longest, run);
  });
  return longest;
}

test('well-formed French corpus articles get none of the three core diagnostics', { skip: !hasCorpus && 'no corpus' }, () => {
  const labels = new Map(readTsv('TITLES.tsv').map((r) => [r.file, r.label]));
  let checked = 0;
  for (const row of readTsv('MANIFEST.tsv')) {
    if (row.language !== 'fr' || labels.get(row.file) !== 'fr' || Number(row.h2_count) + Number(row.h2_html) + Number(row.h2_setext) === 0) continue;
    const text = readArticle(row.file);
    const { article, findings } = analyze(text, settings, { fileName: row.file });
    if (article.bodyWordCount < 700 || longestStretch(text) > 300) continue;
    checked++;
    const core = findings.filter((f) => ['title-language', 'min-words', 'subheadings'].includes(f.ruleId));
    assert.deepEqual(core.map((f) => `${f.ruleId}: ${f.message}`), [], row.file);
  }
  assert.ok(checked >= 10, `only ${checked} articles qualified`);
});

test('word counts agree with the manifest’s reference counts', { skip: !hasCorpus && 'no corpus' }, () => {
  const deviations: number[] = [];
  for (const row of readTsv('MANIFEST.tsv')) {
    const reference = Number(row.words);
    if (reference < 300) continue;
    const { article } = analyze(readArticle(row.file), settings, { rules: [] });
    deviations.push(Math.abs(article.bodyWordCount - reference) / reference);
  }
  deviations.sort((a, b) => a - b);
  const median = deviations[Math.floor(deviations.length / 2)];
  // The manifest's count is an approximation made another way (see the corpus README): agree broadly.
  assert.ok(median < 0.1, `median relative deviation ${median}`);
});

test('every corpus article parses, with every word and sentence inside the text', { skip: !hasCorpus && 'no corpus' }, () => {
  for (const row of readTsv('MANIFEST.tsv')) {
    const text = readArticle(row.file);
    const { article } = analyze(text, settings);
    for (const w of article.words) assert.ok(w.start >= 0 && w.end <= text.length && w.end > w.start, row.file);
    for (const s of article.sentences) assert.ok(s.start < s.end && s.end <= text.length, row.file);
  }
});
