// French spelling in VS Code: the diagnostic, its suggestions as quick fixes, and « Ajouter au
// dictionnaire », which writes the workspace's .plumerc.json (read by the CLI too) and clears it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RESOLVE_COUNT, byCode, codeOf, describeDiagnostics, openFixture, revertAndClose, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const CONFIG = '.plumerc.json';

describe('spelling', () => {
  let editor: vscode.TextEditor | undefined;
  afterEach(async () => {
    if (editor) await revertAndClose(editor);
    editor = undefined;
    await vscode.workspace.fs.delete(workspaceFile(CONFIG)).then(undefined, () => undefined);
  });

  it('offers suggestions and adds a word to the workspace dictionary', async () => {
    editor = await openFixture('spelling.md');
    const { document } = editor;
    const uri = document.uri;
    await waitForDiagnostics(uri, 'two spelling diagnostics', (l) => l.filter((d) => codeOf(d) === 'spelling').length === 2);
    const [memo, dev] = byCode(uri, 'spelling').sort((a, b) => a.range.start.character - b.range.start.character);
    assert.equal(document.getText(memo.range), 'mémoïzer');

    const actionsOn = (range: vscode.Range) =>
      waitFor(
        'quick fixes',
        async () => {
          const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, 'quickfix', RESOLVE_COUNT);
          return actions && actions.length > 0 ? actions : undefined;
        },
        () => describeDiagnostics(uri),
      );
    const suggestion = (await actionsOn(dev.range)).find((a) => /« développement »/.test(a.title));
    assert.ok(suggestion?.edit, 'a suggestion « développement »');

    const add = (await actionsOn(memo.range)).find((a) => a.command?.command === 'plume.addToDictionary');
    assert.ok(add?.command, 'an « Ajouter au dictionnaire » action');
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    const written = await waitFor('the workspace dictionary', async () => {
      const bytes = await vscode.workspace.fs.readFile(workspaceFile(CONFIG)).then(
        (b) => b,
        () => undefined,
      );
      return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as { words?: string[] }) : undefined;
    });
    assert.deepEqual(written.words, ['mémoïzer']);
    await waitForDiagnostics(uri, 'one spelling diagnostic left', (l) => l.filter((d) => codeOf(d) === 'spelling').length === 1);

    assert.ok(await vscode.workspace.applyEdit(suggestion.edit));
    assert.match(document.getText(), /corriger le développement du site/);
  });
});
