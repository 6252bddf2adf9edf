// The custom messages between the client's writer view (status bar, report panel) and the server.
// Type-only imports: the client bundles this file without pulling the server in.
import type { Report } from '../core/pipeline/report';

export interface WirePosition {
  readonly line: number;
  readonly character: number;
}
export interface WireRange {
  readonly start: WirePosition;
  readonly end: WirePosition;
}

/** The report with editor ranges instead of offsets. */
export type WireReport = Report<WireRange>;

/** Request `plume/report`: the report of an open document's latest version, or null if not open. */
export const REPORT_REQUEST = 'plume/report';
export interface ReportParams {
  readonly uri: string;
}
export interface ReportResult {
  readonly uri: string;
  readonly version: number;
  readonly report: WireReport;
}

/** Notification `plume/stats`, pushed after each analysis: what the status bar shows. */
export const STATS_NOTIFICATION = 'plume/stats';
export interface StatsParams {
  readonly uri: string;
  readonly version: number;
  readonly locale: 'fr' | 'en';
  readonly words: number;
  readonly minWords: number;
  readonly score?: number;
}

/** Custom request of the palette command « Plume : proposer des titres ». */
export const PROPOSE_TITLES_REQUEST = 'plume/proposeTitles';

export interface ProposeTitlesParams {
  readonly uri: string;
}

export interface ProposeTitlesResult {
  /** The document version the edits apply to. */
  readonly version: number;
  readonly current?: string;
  readonly candidates: readonly { readonly title: string; readonly width: number; readonly edit: { readonly range: WireRange; readonly newText: string } }[];
}

/** `plume/initProjectFile`: the commented `.plumerc.json` for the site of a document (the client writes it). */
export const INIT_PROJECT_FILE_REQUEST = 'plume/initProjectFile';
export interface InitProjectFileParams {
  readonly uri: string;
}
export interface InitProjectFileResult {
  readonly text: string;
  /** Where the file goes: the folder holding the site's configuration, else the document's folder. */
  readonly folderUri: string;
  readonly detected: readonly string[];
}
