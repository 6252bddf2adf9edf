// One record per open document: its settings, its pending analysis, its latest analysis and how long
// analyses take. Closing the document drops the record, and everything it held with it.
import type { Analysis, Settings } from '../core';

export interface CachedAnalysis {
  readonly version: number;
  readonly settings: Settings;
  readonly analysis: Analysis;
  /** The rules that could not run for want of the language detector (see DocumentAnalyzer). */
  readonly lacking: Set<string>;
}

export interface DocumentState {
  /** The resolved settings, read once per document until the configuration changes. */
  settings?: Promise<Settings>;
  /** The scheduled analysis, if one is waiting. */
  pending?: ReturnType<typeof setTimeout>;
  /** The analysis running in slices, if one is (see DocumentAnalyzer). */
  running?: { readonly version: number; readonly settings: Settings; readonly promise: Promise<Analysis | undefined> };
  /** The latest analysis, reused by code actions and requests for the same version. */
  analysis?: CachedAnalysis;
  /** How long the last analysis took and when it ended (performance.now()): the debounce adapts. */
  lastDuration: number;
  lastEnd: number;
}

export class DocumentStates {
  private readonly byUri = new Map<string, DocumentState>();

  /** The record of `uri`, created on first use. */
  of(uri: string): DocumentState {
    let state = this.byUri.get(uri);
    if (!state) this.byUri.set(uri, (state = { lastDuration: 0, lastEnd: 0 }));
    return state;
  }

  peek(uri: string): DocumentState | undefined {
    return this.byUri.get(uri);
  }

  delete(uri: string): DocumentState | undefined {
    const state = this.byUri.get(uri);
    this.byUri.delete(uri);
    return state;
  }

  entries(): IterableIterator<[string, DocumentState]> {
    return this.byUri.entries();
  }

  /** Forgets every document's settings (the configuration or a project file changed). */
  clearSettings(): void {
    for (const state of this.byUri.values()) state.settings = undefined;
  }
}
