// Runs first (files run in name order): the extension activates when a Markdown file opens.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, plumeDiagnostics, waitFor } from './helpers';

describe('activation', () => {
  it('activates on a Markdown file (from the package under test)', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    const opening = performance.now();
    const editor = await openFixture('raw-article.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
    // The timings the benchmark reports (npm run bench reads out/e2e-activation.json, which the
    // launcher copies from here): opening the first Markdown file → extension active → diagnostics.
    await extension.activate(); // resolves when activation ended: no polling granularity
    const active = performance.now();
    await waitFor('the first diagnostics', () => (plumeDiagnostics(editor.document.uri).length > 0 ? true : undefined));
    const diagnosed = performance.now();
    const results = process.env.PLUME_E2E_RESULTS;
    if (results) {
      const timings = { ms: active - opening, firstDiagnosticsMs: diagnosed - opening, what: 'open raw-article.md → extension active; → first diagnostics', vscode: vscode.version };
      writeFileSync(`${results}.activation.json`, `${JSON.stringify(timings, null, 2)}\n`);
    }
    // When the launcher installed a .vsix, the extension must come from there, not from the sources.
    const expected = process.env.PLUME_E2E_EXTENSION_DIR;
    if (expected) assert.ok(extension.extensionUri.fsPath.startsWith(expected), `${extension.extensionUri.fsPath} is not under ${expected}`);
    console.log(`plume extension loaded from ${extension.extensionUri.fsPath}`);
  });
});
