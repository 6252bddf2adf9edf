// Shared helpers of the end-to-end suite: open fixtures, read Plume's diagnostics, and wait for a
// condition by polling with a deadline (the language server answers asynchronously; never sleep).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'plume.plume-seo';
export const CORE_CODES = ['title-language', 'min-words', 'subheadings'] as const;

/** How long any single wait may take: generous, a cold extension host on 2 busy cores is slow. */
/**
 * How many of the offered code actions `vscode.executeCodeActionProvider` resolves (its fourth
 * argument): the server lists the costly ones without their edit (`codeAction/resolve`).
 */
export const RESOLVE_COUNT = 100;
export const DEADLINE_MS = Number(process.env.PLUME_E2E_WAIT_MS ?? 30_000);

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open (test/fixtures/e2e-workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Each fixture's text as first read from disk, before any test edited it. */
const pristine = new Map<string, Uint8Array>();

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(name);
  const bytes = await vscode.workspace.fs.readFile(uri);
  const first = pristine.get(name);
  if (!first) pristine.set(name, bytes);
  else if (Buffer.compare(Buffer.from(first), Buffer.from(bytes)) !== 0) {
    // A test's edit reached the disk (seen once in code-server, cause not found): put the fixture back,
    // so that each test starts from the same text.
    console.warn(`[e2e] ${name} changed on disk: restored`);
    await vscode.workspace.fs.writeFile(uri, first);
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (document.isDirty || document.getText() !== new TextDecoder().decode(pristine.get(name))) {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  return editor;
}

/** Reverts the unsaved edits of a fixture and closes it, so each test starts from the file on disk. */
export async function revertAndClose(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

export function plumeDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'plume');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function byCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return plumeDiagnostics(uri).filter((d) => codeOf(d) === code);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const list = plumeDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
  return list.length ? list.join('\n  ') : '(none)';
}

/**
 * Evaluates `probe` until it returns something other than undefined, re-checking whenever the
 * diagnostics change and at least every 100 ms; fails with `what` and the last state past the deadline.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, state?: () => string, timeoutMs = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    const left = deadline - Date.now();
    if (left <= 0) {
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}${state ? `\n  last state: ${state()}` : ''}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.min(100, left));
      const sub = vscode.languages.onDidChangeDiagnostics(done);
      function done(): void {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }
}

/** Waits until Plume's diagnostics on `uri` satisfy `accept` and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(
    what,
    () => {
      const list = plumeDiagnostics(uri);
      return accept(list) ? list : undefined;
    },
    () => describeDiagnostics(uri),
  );
}

export function hasCode(list: readonly vscode.Diagnostic[], code: string): boolean {
  return list.some((d) => codeOf(d) === code);
}

/** Sets a user-level Plume setting (undefined removes it) and returns a function that restores it. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('plume');
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('plume').update(key, previous, vscode.ConfigurationTarget.Global);
  };
}

/** Inserts `text` at the start of line `line` (0-based) and checks the edit was applied. */
export async function insertAtLine(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  const ok = await editor.edit((b) => b.insert(new vscode.Position(line, 0), text));
  assert.ok(ok, `the edit at line ${line} was not applied`);
}

export function lineOf(document: vscode.TextDocument, startsWith: string): number {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.startsWith(startsWith)) return i;
  assert.fail(`no line starts with « ${startsWith} » in ${document.uri.path}`);
}
