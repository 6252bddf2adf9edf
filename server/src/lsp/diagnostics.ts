// Publishes each open document's diagnostics: the article's findings and the site-wide ones, on a
// debounce that adapts to how long the document takes to analyse.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { capEditorFindings, editorFindings, omittedMessage, type CappedFindings, type Settings } from '../core';
import type { UriPaths } from '../platform/uriPaths';
import type { DocumentAnalyzer } from './analyses';
import type { DocumentStates } from './documentState';
import { toGroupedDiagnostic, toRange } from './positions';
import { toSiteDiagnostic } from './siteDiagnostics';
import type { WorkspaceSite } from './workspaceSite';
import { sendStats } from './writerView';

export interface DiagnosticsContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly states: DocumentStates;
  readonly analyzer: DocumentAnalyzer;
  readonly paths: UriPaths;
  settingsFor(uri: string): Promise<Settings>;
  /** The workspace's site index, once the client named a folder. */
  site(): WorkspaceSite | undefined;
}

/** The one diagnostic that stands for those past `maxDiagnostics`, on the first of them. */
function omittedDiagnostic(document: TextDocument, omitted: NonNullable<CappedFindings['omitted']>, settings: Settings): Diagnostic {
  return {
    range: toRange(document, omitted.first.span),
    severity: 3,
    code: 'max-diagnostics',
    source: 'plume',
    message: omittedMessage(omitted.count, settings.maxDiagnostics, omitted.first.message, settings.locale),
  };
}

export class DiagnosticsScheduler {
  /** After `shutdown` no analysis starts: the `exit` that follows must not wait behind one. */
  private shuttingDown = false;

  constructor(private readonly ctx: DiagnosticsContext) {}

  /**
   * Analyses at once when idle; while the writer types, the next analysis starts no sooner than the
   * last one lasted after it ended (at most half the CPU on long documents, capped at 250 ms). A pending
   * run is kept, not postponed: it analyses the newest version when it fires.
   */
  schedule(uri: string, delay?: number): void {
    if (this.shuttingDown) return;
    const state = this.ctx.states.of(uri);
    const existing = state.pending;
    if (existing && delay === undefined) return;
    if (existing) clearTimeout(existing);
    const wait = delay ?? Math.min(250, Math.max(0, state.lastEnd + state.lastDuration - performance.now()));
    state.pending = setTimeout(() => {
      state.pending = undefined;
      void this.validate(uri);
    }, wait);
  }

  /** Every open document again (but `except`), e.g. after the configuration changed. */
  revalidateOpen(except?: string): void {
    for (const doc of this.ctx.documents.all()) if (doc.uri !== except) this.schedule(doc.uri, 0);
  }

  /** Forgets a closed document's pending run. */
  cancel(uri: string): void {
    const state = this.ctx.states.peek(uri);
    if (state?.pending) clearTimeout(state.pending);
    if (state) state.pending = undefined;
  }

  shutdown(): void {
    this.shuttingDown = true;
    for (const [, state] of this.ctx.states.entries()) {
      if (state.pending) clearTimeout(state.pending);
      state.pending = undefined;
    }
  }

  private async validate(uri: string): Promise<void> {
    const { connection, documents, analyzer } = this.ctx;
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    try {
      const settings = await this.ctx.settingsFor(uri);
      const current = documents.get(uri);
      if (!current || current.version !== version) return; // a newer change is already scheduled
      const started = performance.now();
      const analysis = await analyzer.analysisOf(current, settings, true);
      if (!analysis) return; // the document changed meanwhile: the newer version is scheduled
      const { findings, article } = analysis;
      // VS Code shows at most 1 000 per file: the ones past the limit are not even converted.
      const { shown, omitted } = capEditorFindings(editorFindings(article, findings, settings), settings.maxDiagnostics);
      const diagnostics: Diagnostic[] = shown.map((g) => toGroupedDiagnostic(current, g, settings.locale === 'fr'));
      if (omitted) diagnostics.push(omittedDiagnostic(current, omitted, settings));
      const file = this.ctx.paths.filePathOf(uri);
      const site = this.ctx.site();
      const opened = site && file ? site.updateOpen(file, article, settings) : undefined;
      if (site && file && opened) {
        // Another open article may now share (or no longer share) this one's title, description or keyphrase.
        if (opened.changed) this.revalidateOpen(uri);
        const siteResult = site.check(file, article, opened.summary, settings);
        for (const f of siteResult?.findings ?? []) diagnostics.push(toSiteDiagnostic(current, f, siteResult!.root, this.ctx.paths));
      }
      const ended = performance.now();
      const state = this.ctx.states.of(uri);
      state.lastDuration = ended - started;
      state.lastEnd = ended;
      sendStats(connection, current, analysis, settings);
      await connection.sendDiagnostics({ uri, version, diagnostics });
      if (analyzer.lacksDetector(uri)) analyzer.loadDetectorSoon(0);
    } catch (error) {
      connection.console.error(`Plume: analysis failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}
