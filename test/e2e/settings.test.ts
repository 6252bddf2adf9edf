// Settings take effect at once, without reloading the window.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { byCode, codeOf, describeDiagnostics, hasCode, openFixture, setSetting, waitForDiagnostics } from './helpers';

describe('settings', () => {
  // min-words is a whole-article finding: out of the editor by default (see writerView.test.ts); these
  // tests use it as their probe, so they ask for it in the editor.
  let showArticleFindings: (() => Promise<void>) | undefined;
  before(async () => {
    showArticleFindings = await setSetting('articleFindingsInEditor', true);
  });
  after(async () => {
    await showArticleFindings?.();
  });

  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('plume.minWords = 100 clears min-words; back to the default brings it back', async () => {
    const { document } = await openFixture('raw-article.md');
    const uri = document.uri;
    await waitForDiagnostics(uri, 'min-words at the default of 700', (l) => hasCode(l, 'min-words'));
    restore = await setSetting('minWords', 100);
    const list = await waitForDiagnostics(uri, 'min-words to disappear with minWords = 100', (l) => !hasCode(l, 'min-words'));
    assert.ok(hasCode(list, 'title-language'), describeDiagnostics(uri));
    await restore();
    restore = undefined;
    await waitForDiagnostics(uri, 'min-words to come back', (l) => hasCode(l, 'min-words'));
  });

  it('plume.rules turns a rule off and changes another one’s severity', async () => {
    const { document } = await openFixture('raw-article.md');
    const uri = document.uri;
    await waitForDiagnostics(uri, 'title-language', (l) => hasCode(l, 'title-language'));
    restore = await setSetting('rules', { 'title-language': 'off', subheadings: 'error' });
    await waitForDiagnostics(
      uri,
      'title-language off and subheadings as an error',
      (l) => !hasCode(l, 'title-language') && l.some((d) => codeOf(d) === 'subheadings' && d.severity === vscode.DiagnosticSeverity.Error),
    );
    // A rule left alone keeps its severity (min-words, about the whole article, is shown as information).
    assert.equal(byCode(uri, 'title-length')[0]?.severity, vscode.DiagnosticSeverity.Warning, describeDiagnostics(uri));
    await restore();
    restore = undefined;
    await waitForDiagnostics(uri, 'title-language back', (l) => hasCode(l, 'title-language'));
  });
});
