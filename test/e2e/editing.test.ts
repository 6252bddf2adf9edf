// Edits in the editor (not saved) update the diagnostics: no reload, no save needed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byCode, codeOf, describeDiagnostics, hasCode, insertAtLine, lineOf, openFixture, plumeDiagnostics, revertAndClose, setSetting, waitForDiagnostics } from './helpers';

/** 200 French words in one paragraph (10 sentences of 20 words). */
const TWO_HUNDRED_WORDS = Array.from(
  { length: 10 },
  (_, i) => `Phrase ${i + 1} ajoutée pour allonger l’article avec des mots simples que le compteur reconnaît sans aucune difficulté ni ambiguïté possible.`,
).join(' ');

describe('editing', () => {
  // min-words is a whole-article finding: out of the editor by default (see writerView.test.ts); these
  // tests use it as their probe, so they ask for it in the editor.
  let showArticleFindings: (() => Promise<void>) | undefined;
  before(async () => {
    showArticleFindings = await setSetting('articleFindingsInEditor', true);
  });
  after(async () => {
    await showArticleFindings?.();
  });

  let editor: vscode.TextEditor | undefined;
  afterEach(async () => {
    if (editor) await revertAndClose(editor);
    editor = undefined;
  });

  it('counts the words of the paragraph under test as 200', () => {
    assert.equal(TWO_HUNDRED_WORDS.split(/\s+/).length, 200);
  });

  it('adding 200 words clears min-words', async () => {
    editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    const before = await waitForDiagnostics(uri, 'min-words on the raw article', (l) => hasCode(l, 'min-words'));
    const words = Number(/\d+/.exec(byCode(uri, 'min-words')[0].message)?.[0]);
    assert.ok(words > 500 && words < 700, `raw article word count ${words}`);
    await insertAtLine(editor, editor.document.lineCount, `\n${TWO_HUNDRED_WORDS}\n`);
    const after = await waitForDiagnostics(uri, 'min-words to disappear', (l) => !hasCode(l, 'min-words'));
    assert.ok(hasCode(after, 'subheadings'), `the other diagnostics stay: ${describeDiagnostics(uri)}`);
    assert.ok(hasCode(before, 'subheadings'));
    // The whole-article subheadings message now counts the added words.
    assert.match(byCode(uri, 'subheadings')[0].message, new RegExp(String(words + 200)));
  });

  it('adding ## headings turns, then clears, the subheadings diagnostic', async () => {
    editor = await openFixture('raw-article.md');
    const { document } = editor;
    const uri = document.uri;
    await waitForDiagnostics(uri, 'subheadings on the raw article', (l) => hasCode(l, 'subheadings'));
    const wholeArticle = byCode(uri, 'subheadings')[0];

    // One heading in the middle: what is left is a stretch of more than 300 words after it.
    const middle = lineOf(document, 'Zuckerberg aurait envoyé');
    await insertAtLine(editor, middle, '## Une course aux talents\n\n');
    const stretch = await waitForDiagnostics(uri, 'subheadings to point after the new heading', (l) =>
      l.some((d) => codeOf(d) === 'subheadings' && d.range.start.line === middle + 2),
    );
    assert.equal(stretch.filter((d) => codeOf(d) === 'subheadings').length, 1, describeDiagnostics(uri));
    assert.notEqual(byCode(uri, 'subheadings')[0].message, wholeArticle.message);

    // A second heading splits that stretch: no section is too long any more.
    const later = lineOf(document, 'Les startups en difficulté');
    await insertAtLine(editor, later, '## ');
    await waitForDiagnostics(uri, 'subheadings to disappear', (l) => !hasCode(l, 'subheadings'));
    assert.ok(hasCode(plumeDiagnostics(uri), 'title-language'), describeDiagnostics(uri));
  });
});
