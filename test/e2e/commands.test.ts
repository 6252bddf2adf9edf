// Every command the manifest contributes is registered, and the server restart keeps diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, hasCode, openFixture, revertAndClose, waitFor, waitForDiagnostics } from './helpers';

interface ContributedCommand {
  command: string;
  title: string;
}

describe('commands', () => {
  it('registers every command of contributes.commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await openFixture('raw-article.md');
    await waitFor('activation', () => (extension.isActive ? true : undefined));
    const contributed = ((extension.packageJSON as { contributes?: { commands?: ContributedCommand[] } }).contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'the manifest contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('plume.restartServer restarts the server, which analyses open documents again', async () => {
    const editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'diagnostics before the restart', (l) => hasCode(l, 'min-words'));
    await vscode.commands.executeCommand('plume.restartServer');
    // The client clears its diagnostics when the server stops; the new server publishes them again.
    await waitForDiagnostics(uri, 'diagnostics after the restart', (l) => hasCode(l, 'min-words') && hasCode(l, 'title-language'));
  });

  it('plume.proposeDescriptions shows whole-sentence candidates in a quick pick and writes the chosen one', async () => {
    const editor = await openFixture('raw-article.md');
    try {
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, 'diagnostics before the command', (l) => hasCode(l, 'min-words'));
      const done = vscode.commands.executeCommand<boolean>('plume.proposeDescriptions');
      // Accept the first item once the quick pick is open (the command waits for the server's answer first).
      let accepted = false;
      for (let i = 0; i < 40 && !accepted; i++) {
        await new Promise((r) => setTimeout(r, 250));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        accepted = await Promise.race([done.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 50))]);
      }
      assert.equal(await done, true, 'a candidate was picked and written');
      const text = editor.document.getText();
      const description = /^description: (.+)$/m.exec(text)?.[1] ?? '';
      assert.ok(description.length >= 120 && description.length <= 156, description);
      assert.match(description, /[.!?]$/);
      assert.doesNotMatch(description, /…/);
    } finally {
      await revertAndClose(editor);
    }
  });
});
