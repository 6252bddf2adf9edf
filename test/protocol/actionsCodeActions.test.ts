// The LSP adapter offers the new actions under the kinds the palette and the editor ask for.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideCodeActions } from '../../server/src/lsp/codeActions';
import { analyze, normalizeSettings } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/positions';

const settings = normalizeSettings({ locale: 'fr' });
const text = readFileSync('examples/raw-article.md', 'utf8');
const document = TextDocument.create('file:///raw-article.md', 'markdown', 1, text);
const analysis = analyze(text, settings);
const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };

test('the palette kinds give exactly one source action each', () => {
  for (const id of ['insertSubheadings', 'generateDescription']) {
    const kind = `source.plume.${id}`;
    const actions = provideCodeActions(document, analysis, settings, { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: [kind] } }, undefined);
    assert.equal(actions.length, 1, id);
    assert.equal(actions[0].kind, kind);
    const edits = actions[0].edit?.documentChanges?.[0];
    assert.ok(edits && 'edits' in edits && edits.edits.length > 0);
  }
});

test('quick fixes come with the diagnostic they fix', () => {
  const diagnostics = analysis.findings.filter((f) => f.ruleId === 'subheadings' || f.ruleId === 'description-missing').map((f) => toDiagnostic(document, f));
  assert.equal(diagnostics.length, 2);
  for (const d of diagnostics) {
    const all = provideCodeActions(document, analysis, settings, { textDocument: { uri: document.uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } }, undefined);
    // Every diagnostic also offers the two silencing fixes (« Ignorer cette règle … »).
    const actions = all.filter((a) => !a.title.startsWith('Ignorer'));
    assert.equal(all.length - actions.length, 2, String(d.code));
    assert.equal(actions.length, 1, String(d.code));
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].diagnostics?.[0].code, d.code);
    assert.equal(actions[0].title, d.code === 'subheadings' ? 'Insérer des intertitres' : 'Générer la méta-description');
  }
});

test('source actions only when asked for: not at every cursor move (Automatic), yes from a menu (Invoked) or by kind', () => {
  const at = { start: document.positionAt(0), end: document.positionAt(0) };
  const ask = (context: { triggerKind?: 1 | 2; only?: string[] }) =>
    provideCodeActions(document, analysis, settings, { textDocument: { uri: document.uri }, range: at, context: { diagnostics: [], ...context } }, undefined).map((a) => a.kind);
  const source = (kinds: (string | undefined)[]) => kinds.filter((k) => k?.startsWith('source'));
  assert.deepEqual(source(ask({ triggerKind: 2 })), []);
  const invoked = source(ask({ triggerKind: 1 }));
  assert.ok(invoked.includes('source.plume.insertSubheadings') && invoked.includes('source.plume.generateDescription'), invoked.join(' '));
  assert.deepEqual(source(ask({})), invoked, 'a client that does not say why asks as a menu does');
  assert.deepEqual(source(ask({ triggerKind: 2, only: ['source.plume.generateDescription'] })), ['source.plume.generateDescription']);
  assert.ok(source(ask({ triggerKind: 2, only: ['source'] })).length >= 2);
  assert.deepEqual(source(ask({ triggerKind: 1, only: ['quickfix'] })), []);
});
