import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, computeScore, normalizeSettings } from '../../server/src/core';

// Bundled into out/test/unit/: the repository root is three levels up.
const text = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'raw-article.md'), 'utf8');
const settings = normalizeSettings({ locale: 'fr' });

test('raw article: the English instruction is flagged, the name-only caption is not', () => {
  const { findings } = analyze(text, settings, { fileName: 'raw-article.md' });
  const foreign = findings.filter((f) => f.ruleId === 'paragraph-language').map((f) => text.slice(f.span.start, f.span.end));
  assert.equal(foreign.length, 1);
  assert.match(foreign[0], /^Make this article seo compatible, Let there be subheadings/);
  assert.ok(!foreign.some((s) => s.includes('Getty Images')));
});

test('raw article: the score reflects the problems found', () => {
  const { findings } = analyze(text, settings, { fileName: 'raw-article.md' });
  const { score, failed } = computeScore(findings, settings);
  assert.ok(score > 0 && score < 100);
  assert.ok(failed.includes('min-words') && failed.includes('paragraph-language'));
});
