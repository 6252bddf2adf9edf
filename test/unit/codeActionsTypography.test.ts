import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import type { CodeActionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideCodeActions } from '../../server/src/lsp/codeActions';
import { analyze, normalizeSettings } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/positions';

const settings = normalizeSettings({ locale: 'fr' });
const raw = readFileSync(resolve(process.cwd(), 'examples', 'raw-article.md'), 'utf8');
const document = TextDocument.create('file:///raw-article.md', 'markdown', 1, raw);
const analysis = analyze(raw, settings);
const whole = { start: { line: 0, character: 0 }, end: document.positionAt(raw.length) };

function actions(only: string[] | undefined, diagnostics = analysis.findings.map((f) => toDiagnostic(document, f)), range = whole) {
  const params: CodeActionParams = { textDocument: { uri: document.uri }, range, context: { diagnostics, ...(only ? { only } : {}) } };
  return provideCodeActions(document, analysis, settings, params, 'raw-article.md');
}

test('source.fixAll.plume: one action with every typography edit (editor.codeActionsOnSave)', () => {
  const fixAll = actions(['source.fixAll']);
  assert.deepEqual(
    fixAll.map((a) => a.kind),
    ['source.fixAll.plume'],
  );
  const edits = fixAll[0].edit?.documentChanges?.[0];
  assert.ok(edits && 'edits' in edits && edits.edits.length === 6);
});

test('palette: source.plume.fixTypography and source.plume.writeSlug are offered by exact kind', () => {
  assert.equal(actions(['source.plume.fixTypography']).length, 1);
  const slug = actions(['source.plume.writeSlug']);
  assert.equal(slug.length, 1);
  assert.match(slug[0].title, /grands-patrons-technologie-bataille-expertise-ia/);
});

test('quick fix « Garder la partie française » on the title-language diagnostic', () => {
  const finding = analysis.findings.find((f) => f.ruleId === 'title-language');
  assert.ok(finding);
  const diagnostic = toDiagnostic(document, finding);
  const fixes = actions(['quickfix'], [diagnostic], diagnostic.range);
  const keep = fixes.find((a) => a.title.startsWith('Garder la partie française'));
  assert.ok(keep, JSON.stringify(fixes.map((a) => a.title)));
  assert.equal(keep.isPreferred, true);
  const change = keep.edit?.documentChanges?.[0];
  assert.ok(change && 'edits' in change);
  assert.deepEqual(change.edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } }, newText: '' }]);
});
