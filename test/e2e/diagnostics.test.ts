// The three core diagnostics, with their exact ranges, on the fixture articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byCode, codeOf, CORE_CODES, describeDiagnostics, hasCode, openFixture, setSetting, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  // min-words is a whole-article finding: out of the editor by default (see writerView.test.ts); these
  // tests use it as their probe, so they ask for it in the editor.
  let showArticleFindings: (() => Promise<void>) | undefined;
  before(async () => {
    showArticleFindings = await setSetting('articleFindingsInEditor', true);
  });
  after(async () => {
    await showArticleFindings?.();
  });

  it('reports title-language, min-words and subheadings with their ranges on the raw article', async () => {
    const editor = await openFixture('raw-article.md');
    const { document } = editor;
    const uri = document.uri;
    await waitForDiagnostics(uri, 'the three core diagnostics', (list) => CORE_CODES.every((c) => hasCode(list, c)));

    const title = document.lineAt(0);
    const foreign = 'Customize this title in french';
    assert.ok(title.text.startsWith(foreign));

    const [language] = byCode(uri, 'title-language');
    assert.equal(byCode(uri, 'title-language').length, 1, describeDiagnostics(uri));
    assert.deepEqual(language.range, new vscode.Range(0, 0, 0, foreign.length), 'title-language points at the English part of the title');
    assert.match(language.message, /Customize this title in french/);

    const minWords = byCode(uri, 'min-words');
    assert.equal(minWords.length, 1, describeDiagnostics(uri));
    assert.deepEqual(minWords[0].range, new vscode.Range(0, 0, 0, 0), 'min-words, about the whole article, sits on an empty range at the title’s start');
    assert.equal(minWords[0].severity, vscode.DiagnosticSeverity.Information, 'shown as information when asked for');
    assert.match(minWords[0].message, /\d+/);

    // No `##` in the article: reported on the first line of the body, the line after the title's blank.
    let firstBody = 1;
    while (document.lineAt(firstBody).isEmptyOrWhitespace) firstBody++;
    const subheadings = byCode(uri, 'subheadings');
    assert.equal(subheadings.length, 1, describeDiagnostics(uri));
    assert.deepEqual(subheadings[0].range, document.lineAt(firstBody).range, 'subheadings is on the first body line');

    for (const code of CORE_CODES.filter((c) => c !== 'min-words')) assert.equal(byCode(uri, code)[0].severity, vscode.DiagnosticSeverity.Warning, `${code} defaults to warning`);
  });

  it('reports none of them on a good article', async () => {
    const editor = await openFixture('good-article.md');
    const uri = editor.document.uri;
    // An empty list cannot tell "clean" from "not analysed yet". So first raise plume.minWords past the
    // article's length: the min-words diagnostic proves the server analysed it, and the same publish
    // shows the other two absent; back to the default, min-words must go too.
    const restore = await setSetting('minWords', 100_000);
    try {
      const analysed = await waitForDiagnostics(uri, 'min-words with plume.minWords = 100000', (l) => hasCode(l, 'min-words'));
      assert.equal(hasCode(analysed, 'title-language'), false, describeDiagnostics(uri));
      assert.equal(hasCode(analysed, 'subheadings'), false, describeDiagnostics(uri));
    } finally {
      await restore();
    }
    const list = await waitForDiagnostics(uri, 'no core diagnostic on the good article', (l) => CORE_CODES.every((c) => !hasCode(l, c)));
    assert.deepEqual(list.map(codeOf).filter((c) => (CORE_CODES as readonly string[]).includes(c)), []);
  });
});
