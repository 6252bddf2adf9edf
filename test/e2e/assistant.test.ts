// The writing assistant in a real VS Code, with a local fake of a chat-completions endpoint (the
// extension host is Node): nothing of it while the provider is off; with one, the code action runs
// the request, the quick pick shows only checked proposals, and only the chosen one is applied.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeChatServer } from '../support/fakeChatServer';
import { byCode, openFixture, revertAndClose, setSetting, waitFor, waitForDiagnostics, hasCode } from './helpers';

const GOOD = 'Les grands patrons de la tech se battent pour l’expertise en IA';

async function assistActions(uri: vscode.Uri): Promise<vscode.CodeAction[]> {
  const diagnostic = byCode(uri, 'title-language')[0];
  assert.ok(diagnostic, 'title-language is reported');
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, 'quickfix')) ?? [];
  return actions.filter((a) => a.command?.command === 'plume.assist');
}

/** Runs `command` and accepts each quick pick it opens (the consent, then the proposals) until it ends. */
async function runAccepting(command: vscode.Command): Promise<unknown> {
  let done = false;
  const result = Promise.resolve(vscode.commands.executeCommand(command.command, ...(command.arguments ?? []))).finally(() => (done = true));
  while (!done) {
    await new Promise((r) => setTimeout(r, 300));
    if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

describe('writing assistant', () => {
  const restore: (() => Promise<void>)[] = [];
  let fake: FakeChatServer | undefined;
  afterEach(async () => {
    while (restore.length > 0) await restore.pop()!();
    await fake?.stop();
    fake = undefined;
  });

  it('provider off (the default): no assistant action, no request', async () => {
    const editor = await openFixture('raw-article.md');
    await waitForDiagnostics(editor.document.uri, 'title-language', (l) => hasCode(l, 'title-language'));
    assert.deepEqual(await assistActions(editor.document.uri), []);
    await revertAndClose(editor);
  });

  it('openai-compatible: « Réécrire le titre en français » applies the chosen checked title, one undo step', async () => {
    fake = await FakeChatServer.start([{ kind: 'stream', pieces: ['["', GOOD, '", "The big tech battle for AI talent"]'] }, { kind: 'json', content: '[]' }]);
    restore.push(await setSetting('assistant.provider', 'openai-compatible'), await setSetting('assistant.endpoint', fake.endpoint), await setSetting('assistant.model', 'fake'));
    const editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    const before = editor.document.getText();
    await waitForDiagnostics(uri, 'title-language', (l) => hasCode(l, 'title-language'));
    const actions = await waitFor('the assistant’s action', async () => {
      const list = await assistActions(uri);
      return list.length > 0 ? list : undefined;
    });
    assert.match(actions[0].title, /^(Réécrire le titre en français|Rewrite the title in French)…$/);
    assert.equal(actions[0].edit, undefined, 'the action changes nothing by itself');
    await runAccepting(actions[0].command!);
    await waitFor('the title replaced', () => (editor.document.getText().startsWith(GOOD) ? true : undefined), () => editor.document.lineAt(0).text);
    assert.equal(fake.requests.length, 2);
    assert.equal(editor.document.getText().slice(editor.document.lineAt(0).text.length), before.slice(before.indexOf('\n')));
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo restores the text', () => (editor.document.getText() === before ? true : undefined));
    await revertAndClose(editor);
  });

  it('openai-compatible: a failing model changes nothing', async () => {
    fake = await FakeChatServer.start([{ kind: 'status', status: 500, body: 'boom' }]);
    restore.push(await setSetting('assistant.provider', 'openai-compatible'), await setSetting('assistant.endpoint', fake.endpoint));
    const editor = await openFixture('raw-article.md');
    const before = editor.document.getText();
    await waitForDiagnostics(editor.document.uri, 'title-language', (l) => hasCode(l, 'title-language'));
    const ok = await runAccepting({ title: '', command: 'plume.assist', arguments: [{ uri: editor.document.uri.toString(), task: 'title' }] });
    assert.equal(ok, false);
    assert.equal(editor.document.getText(), before);
    await revertAndClose(editor);
  });
});
