// Analyses each document version once. The language detector (~0.3 s and ~80 MB to load) is loaded
// only once a rule needs it, after the diagnostics of the other rules are published; the rules that
// lacked it then run alone on the article already parsed (see detectorCompletion.ts).
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type Settings } from '../core';
import { deferLanguageDetector, isLanguageDetectorLoaded, LanguageDetectorNotLoaded, preloadLanguageDetector } from '../core';
import { completeAnalysis } from './detectorCompletion';
import type { DocumentStates } from './documentState';
import type { EditLog } from './editLog';
import { fileNameOf } from './uris';

export class DocumentAnalyzer {
  private detectorTimer: ReturnType<typeof setTimeout> | undefined;

  /** `onDetectorLoaded(uri)` is called for each document that lacked the detector once it is loaded. */
  constructor(
    private readonly connection: Connection,
    private readonly states: DocumentStates,
    private readonly editLog: EditLog,
    private readonly onDetectorLoaded: (uri: string) => void,
  ) {
    deferLanguageDetector(true);
  }

  /**
   * The analysis of this document version; later callers for the same version and settings get the
   * cached result, completed by the rules that lacked the language detector once it is loaded.
   */
  analysisOf(document: TextDocument, settings: Settings): Analysis {
    const state = this.states.of(document.uri);
    const cached = state.analysis;
    const lacking = new Set<string>();
    const options = {
      fileName: fileNameOf(document.uri),
      onRuleError: (ruleId: string, error: unknown) => {
        if (error instanceof LanguageDetectorNotLoaded) lacking.add(ruleId);
        else this.connection.console.error(`Plume: rule ${ruleId} failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      },
    };
    if (cached && cached.version === document.version && cached.settings === settings) {
      if (cached.lacking.size === 0 || !isLanguageDetectorLoaded()) return cached.analysis;
      const analysis = completeAnalysis(cached.analysis, settings, cached.lacking, options);
      state.analysis = { ...cached, analysis, lacking };
      return analysis;
    }
    const changes = cached ? this.editLog.since(document.uri, cached.version) : undefined;
    const analysis = analyze(document.getText(), settings, {
      ...options,
      ...(cached && changes ? { previous: { article: cached.analysis.article, changes } } : {}),
    });
    state.analysis = { version: document.version, settings, analysis, lacking };
    this.editLog.reset(document.uri, document.version);
    return analysis;
  }

  /** Whether the latest analysis of `uri` lacked the language detector. */
  lacksDetector(uri: string): boolean {
    return (this.states.peek(uri)?.analysis?.lacking.size ?? 0) > 0;
  }

  /** Loads the language detector after `delay` ms, then re-analyses what lacked it. */
  loadDetectorSoon(delay: number): void {
    if (isLanguageDetectorLoaded()) return;
    if (this.detectorTimer) clearTimeout(this.detectorTimer);
    this.detectorTimer = setTimeout(() => {
      deferLanguageDetector(false);
      try {
        preloadLanguageDetector();
      } catch (error) {
        this.connection.console.error(`Plume: language detector failed to load: ${String(error)}`);
      }
      for (const [uri, state] of this.states.entries()) if ((state.analysis?.lacking.size ?? 0) > 0) this.onDetectorLoaded(uri);
    }, delay);
  }

  /** Loads the language detector now (a writer's action needs it: the assistant's checks). */
  loadDetectorNow(): void {
    if (isLanguageDetectorLoaded()) return;
    if (this.detectorTimer) clearTimeout(this.detectorTimer);
    deferLanguageDetector(false);
    preloadLanguageDetector();
    for (const [uri, state] of this.states.entries()) if ((state.analysis?.lacking.size ?? 0) > 0) this.onDetectorLoaded(uri);
  }

  dispose(): void {
    if (this.detectorTimer) clearTimeout(this.detectorTimer);
  }
}
