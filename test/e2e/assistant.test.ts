// The writing assistant in a real VS Code, with a local fake of a chat-completions endpoint (the
// extension host is Node): nothing of it while the provider is off; with one, the code action runs
// the request, the quick pick shows only checked proposals, and only the chosen one is applied.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeChatServer } from '../support/fakeChatServer';
import { fakeAnswer, FAKE_DESCRIPTION, FAKE_DRAFT_HEADING, FAKE_TRANSLATION, type FakeTask } from '../support/fakeAnswers';
import { byCode, openFixture, revertAndClose, setSetting, waitFor, waitForDiagnostics, hasCode } from './helpers';

const GOOD = 'Les grands patrons de la tech se battent pour l’expertise en IA';

/** What each task must have done to the raw article (the fake model's answers: test/support/fakeAnswers.ts). */
const APPLIED: Readonly<Record<Exclude<FakeTask, 'title'>, (before: string, after: string) => boolean>> = {
  description: (before, after) => after === `---\ndescription: ${FAKE_DESCRIPTION}\n---\n\n${before}`,
  translate: (before, after) => after === before.replace('Make this article seo compatible, Let there be subheadings for the article, be in french, create at least 700 words', FAKE_TRANSLATION),
  expand: (before, after) => after.startsWith(before) && after.includes(`## ${FAKE_DRAFT_HEADING}`) && after.trimEnd().endsWith('<!-- Fin du brouillon -->'),
  headings: (before, after) => (after.match(/^##+ /gm) ?? []).length > (before.match(/^##+ /gm) ?? []).length && after.replace(/^##+ [^\n]*\n\n/gm, '') === before,
  rephrase: (before, after) => after !== before && after.length < before.length && after.split('\n').length === before.split('\n').length,
};

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

  it('openai-compatible: every other action applies its checked proposal, one undo step each', async () => {
    fake = await FakeChatServer.start();
    fake.fallback = { kind: 'reply', reply: (body) => fakeAnswer(body.messages) };
    restore.push(await setSetting('assistant.provider', 'openai-compatible'), await setSetting('assistant.endpoint', fake.endpoint));
    const editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'title-language', (l) => hasCode(l, 'title-language'));
    for (const [task, applied] of Object.entries(APPLIED)) {
      const before = editor.document.getText();
      const ok = await runAccepting({ title: task, command: 'plume.assist', arguments: [{ uri: uri.toString(), task }] });
      assert.equal(ok, true, `${task} applied`);
      const after = editor.document.getText();
      assert.ok(applied(before, after), `${task}: unexpected text\n${after.slice(0, 400)}`);
      await vscode.commands.executeCommand('undo');
      await waitFor(`${task}: one undo restores the text`, () => (editor.document.getText() === before ? true : undefined));
    }
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
