import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './analyze';
import { normalizeSettings } from '../config/settings';
import { editorFindings, articleWideFindings } from './editorFindings';

const text = `Un titre d’article assez long pour être un titre\n\nIl dit « bonjour » puis « au revoir » à tous.\n\nUne autre phrase « ici ».\n`;

test('whole-article findings stay out of the editor unless asked; when asked, information on an empty range', () => {
  const settings = normalizeSettings({ locale: 'fr' });
  const { article, findings } = analyze(text, settings);
  const wide = articleWideFindings(article, findings);
  assert.ok(wide.some((f) => f.ruleId === 'min-words') && wide.some((f) => f.ruleId === 'keyphrase-missing'));
  assert.ok(wide.every((f) => f.span.start === f.span.end && f.span.start === article.title!.span.start));
  const shown = editorFindings(article, findings, settings);
  assert.ok(!shown.some((g) => wide.includes(g.finding)));
  const asked = editorFindings(article, findings, normalizeSettings({ locale: 'fr', articleFindingsInEditor: true }));
  const minWords = asked.find((g) => g.finding.ruleId === 'min-words')!;
  assert.equal(minWords.articleWide, true);
  assert.equal(minWords.finding.severity, 'information');
});

test('the findings of one rule in one block are one group with the other places', () => {
  const settings = normalizeSettings({ locale: 'fr' });
  const { article, findings } = analyze(text, settings);
  const nbsp = findings.filter((f) => f.ruleId === 'typo-nbsp');
  assert.equal(nbsp.length, 6);
  const groups = editorFindings(article, findings, settings).filter((g) => g.finding.ruleId === 'typo-nbsp');
  assert.deepEqual(groups.map((g) => g.others.length + 1), [4, 2], 'one group per paragraph');
});
