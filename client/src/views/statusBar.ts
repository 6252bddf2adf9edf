import * as vscode from 'vscode';
import type { StatsParams } from '../../../server/src/lsp/protocol';
import { formatInt, LABELS, statusText } from './labels';
import { isArticle } from './reportPanel';

/** « 712 mots · SEO 78/100 » for the active Markdown editor, from the server's `plume/stats`. */
export class WordCountStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly stats = new Map<string, StatsParams>();

  constructor() {
    this.item = vscode.window.createStatusBarItem('plume.words', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Plume word count');
    this.item.command = 'plume.showReport';
  }

  update(stats: StatsParams): void {
    this.stats.set(stats.uri, stats);
    this.refresh();
  }

  forget(uri: string): void {
    this.stats.delete(uri);
    this.refresh();
  }

  /** The text shown, or '' when hidden (for tests: the StatusBarItem API cannot be read back). */
  get text(): string {
    const document = vscode.window.activeTextEditor?.document;
    return isArticle(document) && this.stats.has(document.uri.toString()) ? this.item.text : '';
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const s = isArticle(document) ? this.stats.get(document.uri.toString()) : undefined;
    if (!s) {
      this.item.hide();
      return;
    }
    const labels = LABELS[s.locale];
    this.item.text = statusText(s.locale, s.words, s.score);
    this.item.tooltip = labels.statusTooltip(formatInt(s.words, s.locale), formatInt(s.minWords, s.locale));
    this.item.backgroundColor = s.words < s.minWords ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
