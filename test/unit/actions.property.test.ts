// Every code action of every registered provider (quick fixes for every finding, then source actions),
// applied to random documents the way an editor applies them (LSP ranges): edits stay inside the text on
// code-point boundaries and do not overlap, the result parses, an action changes something, and no text
// is lost but what an edit replaces (an insertion removed again gives the original). A dummy provider
// defined here exercises the property until the real providers are merged into ACTION_PROVIDERS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ACTION_PROVIDERS, analyze, applyEdits, computeActions, normalizeSettings, parseArticle, type Action, type ActionProvider } from '../../server/src/core';
import { toRange } from '../../server/src/lsp/positions';
import { params, splitsPair } from '../support/fcConfig';
import { markdownDocument } from '../support/markdownArbitrary';

/** Inserts a subheading before the finding's line, and offers to replace the title by a fixed one. */
const dummyProvider: ActionProvider = {
  id: 'dummy',
  fixes(context, finding) {
    const text = context.article.text;
    const lineStart = text.lastIndexOf('\n', finding.span.start - 1) + 1;
    return [{ id: 'dummy-insert', title: 'Insert', kind: 'quickfix', finding, edits: [{ start: lineStart, end: lineStart, newText: '## Intertitre ajouté\n\n' }] }];
  },
  sourceActions(context) {
    const title = context.article.title;
    return title && title.span.end > title.span.start ? [{ id: 'dummy-title', title: 'Retitle', kind: 'source', edits: [{ ...title.span, newText: 'Un titre français 😀' }] }] : [];
  },
};

let documents = 0;
let applied = 0;

function checkAction(text: string, action: Action): void {
  // An action that says why nothing can be done carries a reason and no edit.
  if (action.disabledReason !== undefined) {
    assert.equal(action.edits.length, 0, `${action.id}: a disabled action has no edits`);
    assert.ok(action.disabledReason.length > 0, `${action.id}: a disabled action says why`);
    return;
  }
  const sorted = [...action.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [i, e] of sorted.entries()) {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${action.id}: edit ${JSON.stringify(e)} outside 0..${text.length}`);
    assert.ok(!splitsPair(text, e.start) && !splitsPair(text, e.end), `${action.id}: edit ${JSON.stringify(e)} splits a surrogate pair or CRLF`);
    if (i > 0) assert.ok(sorted[i - 1].end <= e.start, `${action.id}: overlapping edits`);
  }
  // As the editor applies it: LSP ranges on the document.
  const doc = TextDocument.create('file:///a.md', 'markdown', 1, text);
  const viaLsp = TextDocument.applyEdits(doc, action.edits.map((e) => ({ range: toRange(doc, e), newText: e.newText })));
  assert.equal(viaLsp, applyEdits(text, action.edits), `${action.id}: LSP ranges apply the same edits`);
  assert.notEqual(viaLsp, text, `${action.id}: the action changes nothing`);
  // Nothing lost but what the edits replace: walking the result, every kept stretch is found in order.
  let pos = 0;
  let out = 0;
  for (const e of sorted) {
    assert.equal(viaLsp.slice(out, out + (e.start - pos)), text.slice(pos, e.start), `${action.id}: text before ${e.start} kept`);
    out += e.start - pos;
    assert.equal(viaLsp.slice(out, out + e.newText.length), e.newText, `${action.id}: inserted text in place`);
    out += e.newText.length;
    pos = e.end;
  }
  assert.equal(viaLsp.slice(out), text.slice(pos), `${action.id}: text after the last edit kept`);
  if (sorted.every((e) => e.start === e.end)) {
    // Pure insertions: removing what was inserted gives the original back.
    // Once the earlier insertions are removed, each later one sits at its original offset.
    let removed = viaLsp;
    for (const e of sorted) removed = removed.slice(0, e.start) + removed.slice(e.start + e.newText.length);
    assert.equal(removed, text, `${action.id}: removing the insertions gives the original`);
  }
  parseArticle(viaLsp, { titleFields: ['title'] });
  applied++;
}

test('property: every code action of every provider, applied to random documents, keeps the text and parses', () => {
  const providers: ActionProvider[] = [...ACTION_PROVIDERS, dummyProvider];
  const settings = normalizeSettings({ minWords: 50, maxWordsPerSection: 20 }, 'fr');
  fc.assert(
    fc.property(markdownDocument, (text) => {
      documents++;
      const analysis = analyze(text, settings);
      const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings, fileName: 'article.md' };
      const actions = computeActions(context, {}, providers);
      for (const action of actions) checkAction(text, action);
    }),
    params(250, 'code actions'),
  );
  console.log(`[code actions] ${documents} documents, ${applied} actions applied, providers: ${providers.map((p) => p.id).join(', ')}`);
  assert.ok(applied > 0, 'some actions were applied');
});
