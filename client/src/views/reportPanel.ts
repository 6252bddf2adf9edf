import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { REPORT_REQUEST, type ReportParams, type ReportResult, type WireRange } from '../../../server/src/lsp/protocol';
import { LABELS, resolveLocale, type UiLocale } from './labels';
import { renderReportBody, renderReportHtml } from './reportHtml';

export const REPORT_VIEW_TYPE = 'plume.report';

export function isArticle(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && ['markdown', 'mdx'].includes(document.languageId);
}

/** The UI language for a document: `plume.locale` if set, else VS Code's display language. */
export function uiLocaleFor(uri: vscode.Uri | undefined): UiLocale {
  return resolveLocale(vscode.workspace.getConfiguration('plume', uri).get('locale'), vscode.env.language);
}

/**
 * « Plume : rapport SEO »: one webview beside the editor that follows the active Markdown editor and
 * asks the server for the report (`plume/report`) whenever the server has analysed a new version.
 */
export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private uri: vscode.Uri | undefined;
  private rendered = false;
  private locale: UiLocale;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with each refresh: an answer that arrives after a newer request started is dropped. */
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  static show(context: vscode.ExtensionContext, client: LanguageClient, uri: vscode.Uri | undefined): ReportPanel {
    const existing = ReportPanel.current;
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      if (uri) existing.follow(uri);
      return existing;
    }
    const locale = uiLocaleFor(uri);
    const panel = vscode.window.createWebviewPanel(
      REPORT_VIEW_TYPE,
      LABELS[locale].panelTitle,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')] },
    );
    ReportPanel.current = new ReportPanel(context, client, panel, uri, locale);
    return ReportPanel.current;
  }

  /** Called when the server reports a new analysis of `uri`. */
  static analysed(uri: string): void {
    const p = ReportPanel.current;
    if (p && p.uri?.toString() === uri) p.schedule(100);
  }

  static onActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (ReportPanel.current && isArticle(editor?.document)) ReportPanel.current.follow(editor.document.uri);
  }

  static onLocaleChanged(): void {
    ReportPanel.current?.schedule(0, true);
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly panel: vscode.WebviewPanel,
    uri: vscode.Uri | undefined,
    locale: UiLocale,
  ) {
    this.uri = uri;
    this.locale = locale;
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.onDidChangeViewState(() => panel.visible && this.schedule(0, true), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m), undefined, this.disposables);
    this.schedule(0, true);
  }

  private follow(uri: vscode.Uri): void {
    if (this.uri?.toString() === uri.toString()) return;
    this.uri = uri;
    this.schedule(0);
  }

  private schedule(delay: number, full = false): void {
    if (full) this.rendered = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    this.timer = undefined;
    if (!this.panel.visible && this.rendered) return; // refreshed when shown again
    const generation = ++this.generation;
    let result: ReportResult | null = null;
    if (this.uri) {
      try {
        result = await this.client.sendRequest<ReportResult | null>(REPORT_REQUEST, { uri: this.uri.toString() } satisfies ReportParams);
      } catch {
        result = null; // server restarting: keep the last content
        if (this.rendered) return;
      }
    }
    if (generation !== this.generation) return;
    // The server's locale honours `plume.locale` per document, like the diagnostics.
    const locale = result?.report.locale ?? uiLocaleFor(this.uri);
    const labels = LABELS[locale];
    const subject = this.uri ? vscode.workspace.asRelativePath(this.uri, false) : undefined;
    if (locale !== this.locale) {
      this.locale = locale;
      this.rendered = false;
    }
    this.panel.title = labels.panelTitle;
    if (!this.rendered) {
      const webview = this.panel.webview;
      const css = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'report.css')).toString();
      webview.html = renderReportHtml(result?.report, labels, {
        cspSource: webview.cspSource,
        nonce: nonce(),
        styleUris: [css],
        ...(subject ? { subject } : {}),
      });
      this.rendered = true;
    } else {
      // Swap the content only, so the scroll position survives typing.
      void this.panel.webview.postMessage({ type: 'update', html: renderReportBody(result?.report, labels, subject) });
    }
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: unknown; range?: WireRange } | null;
    if (!m || m.type !== 'reveal' || !m.range || !this.uri) return;
    const { start, end } = m.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const uri = this.uri.toString();
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.uri));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** A fresh Content-Security-Policy nonce: Web Crypto, present in Node and in a browser's worker alike. */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
