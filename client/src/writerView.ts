// The writer's view in the client: status bar, report panel, example and internal commands. The
// server computes everything; this only asks for it and shows it.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { STATS_NOTIFICATION, type StatsParams } from '../../server/src/lsp/protocol';
import { isArticle, ReportPanel } from './views/reportPanel';
import { WordCountStatus } from './views/statusBar';

export function registerWriterView(context: vscode.ExtensionContext, client: LanguageClient): void {
  const status = new WordCountStatus();
  context.subscriptions.push(
    status,
    client.onNotification(STATS_NOTIFICATION, (stats: StatsParams) => {
      status.update(stats);
      ReportPanel.analysed(stats.uri);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      status.refresh();
      ReportPanel.onActiveEditor(editor);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('plume.locale')) ReportPanel.onLocaleChanged();
    }),
    vscode.commands.registerCommand('plume.showReport', () => {
      const active = vscode.window.activeTextEditor?.document;
      const document = isArticle(active) ? active : vscode.window.visibleTextEditors.map((e) => e.document).find(isArticle);
      if (!document) void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown article first.'));
      context.subscriptions.push(ReportPanel.show(context, client, document?.uri));
    }),
    vscode.commands.registerCommand('plume.openExample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'raw-article.md'));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(document);
    }),
    // For the end-to-end tests: what the status bar shows.
    vscode.commands.registerCommand('plume.internal.statusText', () => status.text),
  );
}
