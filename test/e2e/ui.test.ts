/// <reference types="mocha" />
// End-to-end checks of the writer's view inside VS Code: status bar text, results-page hover and
// inlay hints, the report panel, and the `plume.locale` switch. Polls with deadlines, never sleeps.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';

/** Calls `probe` until `accept` holds or the deadline passes; returns the last value. */
async function waitFor<T>(what: string, probe: () => Thenable<T> | T, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The runner may load mocha's tdd interface (suite/test) or bdd (describe/it): use whichever is defined.
interface MochaGlobals {
  suite?: Mocha.SuiteFunction;
  describe?: Mocha.SuiteFunction;
  test?: Mocha.TestFunction;
  it?: Mocha.TestFunction;
  suiteSetup?: Mocha.HookFunction;
  before?: Mocha.HookFunction;
  suiteTeardown?: Mocha.HookFunction;
  after?: Mocha.HookFunction;
}
const g = globalThis as unknown as MochaGlobals;
const group = (g.suite ?? g.describe)!;
const check = (g.test ?? g.it)!;
const beforeAll = (g.suiteSetup ?? g.before)!;
const afterAll = (g.suiteTeardown ?? g.after)!;

const statusText = (): Thenable<string> => vscode.commands.executeCommand<string>('plume.internal.statusText');

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function hintLabel(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
}

const TITLE = 'Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en intelligence artificielle';
// 30 words of body: 5 sentences of 6 words.
const BODY = Array.from({ length: 5 }, () => 'Le chat dort sur le canapé.').join(' ');
const TEXT = `---\ntitle: ${TITLE}\ndescription: Une description courte de l’article.\n---\n\n${BODY}\n`;

group('Writer view: status bar, preview, report', () => {
  let document: vscode.TextDocument;
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('plume');

  beforeAll(async () => {
    await config().update('locale', 'fr', vscode.ConfigurationTarget.Global);
    const dir = mkdtempSync(join(tmpdir(), 'plume-ui-'));
    const file = join(dir, 'article.md');
    writeFileSync(file, TEXT);
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
  });

  afterAll(async () => {
    await config().update('locale', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  check('the status bar shows the word count from the server, live', async () => {
    // « 30 mots · SEO 80/100 »: the count, then the score computed by the server.
    // Then, when there are some, the count of whole-article findings (« · $(info) 4 »).
    const SCORE = ' · SEO \\d{1,3}/100(?: · \\$\\(info\\) \\d+)?';
    assert.match(await waitFor('status « 30 mots »', statusText, (t) => new RegExp(`^30 mots${SCORE}$`).test(t)), /^30 mots · SEO \d{1,3}\/100/);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(document.positionAt(document.getText().length), 'Encore six mots pour le test.\n'));
    assert.match(await waitFor('status « 36 mots »', statusText, (t) => new RegExp(`^36 mots${SCORE}$`).test(t)), /^36 mots · SEO \d{1,3}\/100/);
    await document.save(); // no « save changes? » dialog when the editors close
  });

  check('hovering the title shows the desktop and mobile preview, truncated', async () => {
    const position = document.positionAt(document.getText().indexOf('grands'));
    const text = await waitFor(
      'a hover on the title',
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)),
      (t) => t.includes('Ordinateur'),
    );
    assert.match(text, /Mobile/);
    assert.match(text, /…/);
    assert.match(text, /\/600 px/);
  });

  check('inlay hints give characters and width after the title and the description', async () => {
    const range = new vscode.Range(0, 0, 4, 0);
    const labels = await waitFor(
      'two inlay hints',
      async () => ((await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range)) ?? []).map(hintLabel),
      (l) => l.length >= 2,
    );
    assert.ok(labels.some((l) => new RegExp(`^${[...TITLE].length} car\\. · \\d+/600 px$`).test(l)), JSON.stringify(labels));
    assert.ok(labels.some((l) => /^\d+ car\. · \d+\/920 px$/.test(l)), JSON.stringify(labels));
  });

  check('the report command opens the panel beside the editor', async () => {
    await vscode.commands.executeCommand('plume.showReport');
    const tab = await waitFor(
      'a webview tab « Plume : rapport SEO »',
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Plume : rapport SEO'),
      (t) => t !== undefined,
    );
    assert.ok((tab!.input as vscode.TabInputWebview).viewType.endsWith('plume.report'));
  });

  check('plume.locale switches the status bar and the panel to English', async () => {
    await config().update('locale', 'en', vscode.ConfigurationTarget.Global);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    assert.match(await waitFor('status in English', statusText, (t) => /^\d+ words · SEO \d{1,3}\/100/.test(t)), /^36 words · SEO \d{1,3}\/100/);
    await waitFor(
      'the panel titled « Plume: SEO report »',
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Plume: SEO report'),
      (found) => found,
    );
    const position = document.positionAt(document.getText().indexOf('grands'));
    const text = await waitFor(
      'an English hover',
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)),
      (t) => t.includes('Desktop'),
    );
    assert.match(text, /Search results preview/);
  });
});
