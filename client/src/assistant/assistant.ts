import * as vscode from 'vscode';
import { RequestType, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  ASSIST_COMMAND,
  ASSIST_PREVIEW_REQUEST,
  ASSIST_PROGRESS_NOTIFICATION,
  ASSIST_REQUEST,
  CHAT_REQUEST,
  type AssistArgs,
  type AssistPreviewResult,
  type AssistProgressParams,
  type AssistResult,
  type ChatParams,
  type ChatResult,
  type WireAssistTask,
  type WireProposal,
} from '../../../server/src/lsp/protocol';
import { chatWithVscodeModel } from './vscodeModel';

const TASKS: readonly WireAssistTask[] = ['title', 'description', 'translate', 'expand', 'headings', 'rephrase'];
const CONSENT_KEY = 'plume.assistant.consented';
const CHAT = new RequestType<ChatParams, ChatResult, void>(CHAT_REQUEST);

function taskTitle(task: WireAssistTask): string {
  switch (task) {
    case 'title':
      return vscode.l10n.t('Rewrite the title in French');
    case 'description':
      return vscode.l10n.t('Write the meta description');
    case 'translate':
      return vscode.l10n.t('Translate this paragraph into French');
    case 'expand':
      return vscode.l10n.t('Complete the article');
    case 'headings':
      return vscode.l10n.t('Name the sections');
    case 'rephrase':
      return vscode.l10n.t('Reword');
  }
}

function toRange(r: WireProposal['edit']['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/**
 * The assistant's commands: `plume.assist` (the code actions' command) and one palette command per
 * task. What is sent and to whom is shown before the first request to each model; proposals come back
 * checked by the server, the writer picks, and the edit applies only to the version it was made for.
 */
export class AssistantCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Runs in flight: the server may ask VS Code's model only while one is. */
  private running = 0;
  private progress: vscode.Progress<{ message?: string }> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(ASSIST_COMMAND, (args: AssistArgs) => this.run(args)),
      ...TASKS.map((task) =>
        vscode.commands.registerCommand(`plume.assist.${task}`, () => {
          const editor = vscode.window.activeTextEditor;
          if (!editor || !['markdown', 'mdx'].includes(editor.document.languageId)) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown article first.'));
            return false;
          }
          const p = editor.selection.active;
          return this.run({ uri: editor.document.uri.toString(), task, position: { line: p.line, character: p.character } });
        }),
      ),
    );
  }

  /** Called once the client runs: the server's requests for VS Code's model and progress. */
  listen(): void {
    this.disposables.push(
      this.client.onRequest(CHAT, (params, token) => {
        if (this.running === 0) return { ok: false, kind: 'unavailable', message: 'no assistant request in progress' };
        return chatWithVscodeModel(params, token);
      }),
      this.client.onNotification(ASSIST_PROGRESS_NOTIFICATION, (p: AssistProgressParams) => {
        this.progress?.report({ message: vscode.l10n.t('{0} characters received', p.characters) });
      }),
    );
  }

  /**
   * Before the first request to each model: what is sent and to whom, with the text itself one click
   * away. A quick pick rather than a modal, so that it can be read, searched and dismissed with Escape.
   */
  private async consent(preview: Extract<AssistPreviewResult, { ok: true }>): Promise<boolean> {
    const agreed = this.context.globalState.get<string[]>(CONSENT_KEY, []);
    if (agreed.includes(preview.to)) return true;
    const send = { label: vscode.l10n.t('Send'), detail: preview.description };
    const show = { label: vscode.l10n.t('Show the text that would be sent') };
    const cancel = { label: vscode.l10n.t('Cancel') };
    for (;;) {
      const choice = await vscode.window.showQuickPick([send, show, cancel], { title: vscode.l10n.t('Send part of the article to {0}?', preview.to), ignoreFocusOut: true });
      if (choice === show) {
        const doc = await vscode.workspace.openTextDocument({ content: preview.prompt, language: 'markdown' });
        await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
        continue;
      }
      if (choice !== send) return false;
      await this.context.globalState.update(CONSENT_KEY, [...agreed, preview.to]);
      return true;
    }
  }

  async run(args: AssistArgs): Promise<boolean> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args?.uri);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown article first.'));
      return false;
    }
    const preview = await this.client.sendRequest<AssistPreviewResult>(ASSIST_PREVIEW_REQUEST, args);
    if (!preview.ok) {
      void vscode.window.showInformationMessage(preview.message);
      return false;
    }
    if (!(await this.consent(preview))) return false;
    this.running++;
    let result: AssistResult;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('{0}: asking {1}', taskTitle(args.task), preview.to), cancellable: true },
        async (progress, token) => {
          this.progress = progress;
          return this.client.sendRequest<AssistResult>(ASSIST_REQUEST, args, token);
        },
      );
    } catch (error) {
      result = { ok: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      this.running--;
      this.progress = undefined;
    }
    if (!result.ok) {
      void vscode.window.showWarningMessage(result.message);
      return false;
    }
    if (result.proposals.length === 0) {
      const reasons = [...new Set(result.rejected.map((r) => r.reason))].slice(0, 3).join(' ; ');
      void vscode.window.showWarningMessage(vscode.l10n.t('No proposal of the model passed Plume’s checks ({0}).', reasons || '—'));
      return false;
    }
    const chosen = await this.pick(result);
    if (!chosen || chosen.length === 0) return false;
    if (document.version !== result.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The article changed meanwhile: run the command again.'));
      return false;
    }
    // One workspace edit: one undo step, whatever its number of changes.
    const edit = new vscode.WorkspaceEdit();
    for (const p of chosen) edit.replace(document.uri, toRange(p.edit.range), p.edit.newText);
    return vscode.workspace.applyEdit(edit);
  }

  private async pick(result: Extract<AssistResult, { ok: true }>): Promise<readonly WireProposal[] | undefined> {
    const dropped = result.rejected.length > 0 ? vscode.l10n.t('{0} dropped by Plume’s checks', result.rejected.length) : undefined;
    const items = result.proposals.map((p) => ({
      label: p.text.split('\n').find((l) => l.trim() !== '')?.replace(/[\u202f\u00a0]/g, ' ') ?? p.text,
      description: p.detail,
      detail: result.task === 'translate' || result.task === 'expand' ? p.text.replace(/\s+/g, ' ').slice(0, 400) : undefined,
      picked: result.task === 'headings',
      proposal: p,
    }));
    const title = `${taskTitle(result.task)} — ${vscode.l10n.t('proposals checked by Plume')}${dropped ? ` (${dropped})` : ''}`;
    if (result.task === 'headings') {
      const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, placeHolder: vscode.l10n.t('Headings to insert') });
      return picked?.map((i) => i.proposal);
    }
    const picked = await vscode.window.showQuickPick(items, { title, matchOnDetail: true });
    return picked ? [picked.proposal] : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
