import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './analyze';
import { normalizeSettings } from '../config/settings';
import { articleWideFindings, capEditorFindings, editorFindings, omittedMessage, type EditorFinding } from './editorFindings';
import type { Severity } from '../base/finding';

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

test('past the limit, the most severe are shown first, in the order they came, and the rest is counted', () => {
  const group = (start: number, severity: Severity): EditorFinding => ({
    finding: { span: { start, end: start + 1 }, message: `m${start}`, ruleId: 'r', severity },
    others: [],
    articleWide: false,
  });
  const groups = [group(0, 'information'), group(10, 'warning'), group(20, 'hint'), group(30, 'warning'), group(40, 'information'), group(50, 'error')];
  assert.deepEqual(capEditorFindings(groups, 0).shown, groups, '0: no limit');
  assert.deepEqual(capEditorFindings(groups, 6), { shown: groups });
  const capped = capEditorFindings(groups, 4);
  assert.deepEqual(capped.shown.map((g) => g.finding.span.start), [0, 10, 30, 50], 'error, warnings, then the first information');
  assert.equal(capped.omitted?.count, 2);
  assert.equal(capped.omitted?.first.span.start, 20, 'the notice goes on the first one left out');
  const partial = { ...group(60, 'information'), finding: { ...group(60, 'information').finding, ruleId: 'analysis-partial' } };
  assert.deepEqual(capEditorFindings([...groups, partial], 2).shown.map((g) => g.finding.span.start), [50, 60], 'the partial-analysis notice is always kept');
  assert.match(omittedMessage(1234, 1000, 'Espace manquante.', 'fr'), /^Plume n’affiche pas 1\u202f234 remarques de plus sur ce fichier, la première ici : « Espace manquante\. »/);
  assert.match(omittedMessage(2, 1000, 'Missing space.', 'en'), /plume\.maxDiagnostics/);
});
