// Code actions, one row per action in CASES: each is offered on its diagnostic (or, for a source
// action, on the document) and applying it gives the expected text. A feature that adds an action
// adds its row here (and, if needed, a fixture under test/fixtures/e2e-workspace/).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openFixture, revertAndClose, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

export interface CodeActionCase {
  /** Test name. */
  readonly name: string;
  /** Fixture file in test/fixtures/e2e-workspace/. */
  readonly fixture: string;
  /** Quick fix: the diagnostic code it is offered on. Omit for a source action. */
  readonly diagnostic?: string;
  /** Code-action kind to ask for, e.g. 'quickfix' or 'source.plume.insertSubheadings'. */
  readonly kind: string;
  /** The action's title (a RegExp when it carries numbers or quotes). */
  readonly title: string | RegExp;
  /** The document's text after applying the action, from its text before; or a fixture file holding it. */
  readonly expected: ((before: string) => string) | { file: string };
}

export const CASES: readonly CodeActionCase[] = [
  // No code action exists on main yet. Example of a row:
  // { name: 'removes the English part of the title', fixture: 'raw-article.md', diagnostic: 'title-language',
  //   kind: 'quickfix', title: /anglais/, expected: (t) => t.replace('Customize this title in french', '') },
];

function titleMatches(action: vscode.CodeAction, title: string | RegExp): boolean {
  return typeof title === 'string' ? action.title === title : title.test(action.title);
}

async function expectedText(c: CodeActionCase, before: string): Promise<string> {
  if (typeof c.expected === 'function') return c.expected(before);
  const bytes = await vscode.workspace.fs.readFile(workspaceFile(c.expected.file));
  return new TextDecoder().decode(bytes);
}

describe('code actions', () => {
  let editor: vscode.TextEditor | undefined;
  afterEach(async () => {
    if (editor) await revertAndClose(editor);
    editor = undefined;
  });

  if (CASES.length === 0) {
    // Pending, not passing: the counts say that this part checks nothing yet.
    it('no Plume code action exists yet (add rows to CASES)');
  }

  for (const c of CASES) {
    it(c.name, async () => {
      editor = await openFixture(c.fixture);
      const { document } = editor;
      const uri = document.uri;
      let range = new vscode.Range(0, 0, document.lineCount, 0);
      if (c.diagnostic) {
        const code = c.diagnostic;
        const list = await waitForDiagnostics(uri, `diagnostic ${code}`, (l) => l.some((d) => codeOf(d) === code));
        range = list.find((d) => codeOf(d) === code)!.range;
      }
      // Right after start-up the workbench may cancel code-action requests (empty answer): poll.
      const action = await waitFor(
        `code action ${String(c.title)} (${c.kind})`,
        async () => {
          const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, c.kind);
          return actions?.find((a) => titleMatches(a, c.title) && (!c.diagnostic || a.diagnostics?.some((d) => codeOf(d) === c.diagnostic)));
        },
        () => describeDiagnostics(uri),
      );
      assert.ok(action.edit, `action « ${action.title} » has an edit`);
      const before = document.getText();
      assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
      assert.equal(document.getText(), await expectedText(c, before));
    });
  }
});
