// Runs first (files run in name order): the extension activates when a Markdown file opens.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';

describe('activation', () => {
  it('activates on a Markdown file (from the package under test)', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    const editor = await openFixture('raw-article.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
    // When the launcher installed a .vsix, the extension must come from there, not from the sources.
    const expected = process.env.PLUME_E2E_EXTENSION_DIR;
    if (expected) assert.ok(extension.extensionUri.fsPath.startsWith(expected), `${extension.extensionUri.fsPath} is not under ${expected}`);
    console.log(`plume extension loaded from ${extension.extensionUri.fsPath}`);
  });
});
