// Analyses each document version once, in slices on the server's event loop: the analysis pauses
// within the parse (every few blocks) and after each rule once it has held the thread for a few ms, so that
// hover, code actions, cancellation and the next keystroke are answered in between; an analysis whose
// document has changed meanwhile is dropped, never finished nor queued. The language detector
// (~0.3 s and ~80 MB to load) is loaded only once a rule needs it, after the diagnostics of the other
// rules are published; the rules that lacked it then run alone on the article already parsed (see
// detectorCompletion.ts).
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisSteps, type Analysis, type Settings, type Steps, type TextChange } from '../core';
import { deferLanguageDetector, isLanguageDetectorLoaded, LanguageDetectorNotLoaded, preloadLanguageDetector } from '../core';
import { yieldToEventLoop, type YieldToEventLoop } from '../platform/slices';
import { completeAnalysisSteps } from './detectorCompletion';
import type { DocumentStates } from './documentState';
import type { EditLog } from './editLog';
import { fileNameOf } from './uris';

/** How long an analysis holds the thread before it lets waiting messages through (ms). */
const SLICE_MS = 4;

/** The latest finished analysis of an older version, and the changes made since. */
export interface StaleAnalysis {
  readonly analysis: Analysis;
  readonly changes: readonly TextChange[];
}

export class DocumentAnalyzer {
  private detectorTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `onDetectorLoaded(uri)` is called for each document that lacked the detector once it is loaded;
   * `versionOf(uri)` is the open document's newest version (an analysis of an older one is dropped).
   */
  constructor(
    private readonly connection: Connection,
    private readonly states: DocumentStates,
    private readonly editLog: EditLog,
    private readonly onDetectorLoaded: (uri: string) => void,
    private readonly versionOf: (uri: string) => number | undefined,
    private readonly pause: YieldToEventLoop = yieldToEventLoop,
    private readonly sliceMs = SLICE_MS,
  ) {
    deferLanguageDetector(true);
  }

  /**
   * The analysis of this document version: cached, the one running for it, or a new one. With
   * `droppable`, resolves with undefined when the document changed before the analysis ended.
   */
  async analysisOf(document: TextDocument, settings: Settings): Promise<Analysis>;
  async analysisOf(document: TextDocument, settings: Settings, droppable: true): Promise<Analysis | undefined>;
  async analysisOf(document: TextDocument, settings: Settings, droppable = false): Promise<Analysis | undefined> {
    const state = this.states.of(document.uri);
    const cached = this.cachedOf(document, settings);
    if (cached) return cached;
    const running = state.running;
    if (running && running.version === document.version && running.settings === settings) {
      const result = await running.promise;
      if (result || droppable) return result;
      return droppable ? this.analysisOf(document, settings, true) : this.analysisOf(document, settings);
    }
    const promise = this.lacksLoadedDetector(document, settings) ? this.complete(document, settings, droppable) : this.run(document, settings, droppable);
    state.running = { version: document.version, settings, promise };
    void promise.finally(() => {
      if (state.running?.promise === promise) state.running = undefined;
    });
    return promise;
  }

  /**
   * The latest finished analysis when it is of an older version with the same settings and every
   * change since is known: requests answer from it at once while the newest version is analysed.
   */
  staleAnalysisOf(document: TextDocument, settings: Settings): StaleAnalysis | undefined {
    const cached = this.states.peek(document.uri)?.analysis;
    if (!cached || cached.settings !== settings || cached.version >= document.version) return undefined;
    const changes = this.editLog.since(document.uri, cached.version);
    return changes ? { analysis: cached.analysis, changes } : undefined;
  }

  /** The cached analysis of this version with these settings, whether or not it lacks rules. */
  private cachedEntry(document: TextDocument, settings: Settings) {
    const cached = this.states.of(document.uri).analysis;
    return cached && cached.version === document.version && cached.settings === settings ? cached : undefined;
  }

  /** The cached analysis of this version, unless it lacks rules that the loaded detector can now run. */
  private cachedOf(document: TextDocument, settings: Settings): Analysis | undefined {
    const cached = this.cachedEntry(document, settings);
    return cached && !this.lacksLoadedDetector(document, settings) ? cached.analysis : undefined;
  }

  /** Whether the cached analysis of this version lacks rules that needed the detector, now loaded. */
  private lacksLoadedDetector(document: TextDocument, settings: Settings): boolean {
    return (this.cachedEntry(document, settings)?.lacking.size ?? 0) > 0 && isLanguageDetectorLoaded();
  }

  /** The cached analysis completed by the rules that lacked the detector, in slices. */
  private async complete(document: TextDocument, settings: Settings, droppable: boolean): Promise<Analysis | undefined> {
    const state = this.states.of(document.uri);
    const cached = state.analysis!;
    const lacking = new Set<string>();
    const analysis = await this.inSlices(completeAnalysisSteps(cached.analysis, settings, cached.lacking, this.options(document, lacking)), document, droppable);
    if (analysis && state.analysis === cached) state.analysis = { ...cached, analysis, lacking };
    return analysis;
  }

  /** Runs `steps` to its end, pausing once a slice has held the thread `sliceMs`; undefined when dropped. */
  private async inSlices(steps: Steps<Analysis>, document: TextDocument, droppable: boolean): Promise<Analysis | undefined> {
    const { uri, version } = document;
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart < this.sliceMs) continue;
      await this.pause();
      if (droppable && this.versionOf(uri) !== version) return undefined; // stale: dropped
      sliceStart = performance.now();
    }
  }

  private options(document: TextDocument, lacking: Set<string>) {
    return {
      fileName: fileNameOf(document.uri),
      onRuleError: (ruleId: string, error: unknown) => {
        if (error instanceof LanguageDetectorNotLoaded) lacking.add(ruleId);
        else this.connection.console.error(`Plume: rule ${ruleId} failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      },
    };
  }

  private async run(document: TextDocument, settings: Settings, droppable: boolean): Promise<Analysis | undefined> {
    const { uri, version } = document;
    const state = this.states.of(uri);
    const previous = state.analysis;
    const changes = previous ? this.editLog.since(uri, previous.version) : undefined;
    const lacking = new Set<string>();
    const steps = analysisSteps(document.getText(), settings, {
      ...this.options(document, lacking),
      ...(previous && changes ? { previous: { article: previous.analysis.article, changes } } : {}),
    });
    const analysis = await this.inSlices(steps, document, droppable);
    if (!analysis) return undefined;
    // Keep the newest: a request's analysis of an older version may end after a newer one.
    if (this.states.peek(uri) === state && (!state.analysis || state.analysis.version <= version)) {
      state.analysis = { version, settings, analysis, lacking };
      this.editLog.reset(uri, version);
    }
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
