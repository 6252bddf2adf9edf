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
  /** Findings about the whole article (no keyphrase, no link…): the status bar shows them, not the text. */
  readonly articleFindings?: readonly { readonly ruleId: string; readonly message: string }[];
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

// Requests from the server to the client, sent only by the browser host (serverBrowser.ts): a web
// worker has no disk, so the client reads for it on `vscode.workspace.fs` (client/src/fileRequests.ts),
// as VS Code's own Markdown extension does.

/** Request `plume/fs/stat`: what is at a URI, or null when nothing is. */
export const FS_STAT_REQUEST = 'plume/fs/stat';
export interface FsUriParams {
  readonly uri: string;
}
export type FsStatResult = 'file' | 'directory' | null;

/** Request `plume/fs/readFile`: a file's text (UTF-8), or null when it does not exist. */
export const FS_READ_FILE_REQUEST = 'plume/fs/readFile';
export type FsReadFileResult = string | null;

/** Request `plume/fs/findArticles`: the URIs of the Markdown files of a workspace folder, sorted. */
export const FS_FIND_ARTICLES_REQUEST = 'plume/fs/findArticles';
export interface FsFindArticlesParams {
  readonly folder: string;
}
export type FsFindArticlesResult = readonly string[];

/** Custom request of the palette command « Plume : proposer des méta-descriptions ». */
export const PROPOSE_DESCRIPTIONS_REQUEST = 'plume/proposeDescriptions';

export interface ProposeDescriptionsResult {
  /** The document version the edits apply to. */
  readonly version: number;
  readonly current?: string;
  readonly candidates: readonly { readonly description: string; readonly length: number; readonly width: number; readonly edit: { readonly range: WireRange; readonly newText: string } }[];
}

// ---- The writing assistant (server/src/lsp/assistant.ts, client/src/assistant/) ---------------------

export type WireAssistTask = 'title' | 'description' | 'translate' | 'expand' | 'headings' | 'rephrase';

/** The command of the assistant's code actions: VS Code's client handles it; other editors send it back. */
export const ASSIST_COMMAND = 'plume.assist';
export interface AssistArgs {
  readonly uri: string;
  readonly task: WireAssistTask;
  /** The diagnostic's start or the cursor: picks the paragraph or the sentence. */
  readonly position?: WirePosition;
}

/** Request `plume/assistPreview`: what a request would send, and to whom (shown before the first one). */
export const ASSIST_PREVIEW_REQUEST = 'plume/assistPreview';
export type AssistPreviewResult =
  | { readonly ok: true; readonly provider: 'vscode' | 'openai-compatible'; readonly to: string; readonly description: string; readonly prompt: string }
  | { readonly ok: false; readonly message: string };

/** Request `plume/assist`: runs the model and the checks; cancellable. */
export const ASSIST_REQUEST = 'plume/assist';
export interface WireProposal {
  readonly text: string;
  readonly detail: string;
  readonly edit: { readonly range: WireRange; readonly newText: string };
}
export type AssistResult =
  | {
      readonly ok: true;
      /** The document version the edits apply to. */
      readonly version: number;
      readonly task: WireAssistTask;
      readonly proposals: readonly WireProposal[];
      /** Dropped proposals, with why (in the writer's language). */
      readonly rejected: readonly { readonly text: string; readonly reason: string }[];
    }
  | { readonly ok: false; readonly message: string };

/** Notification `plume/assistProgress` (server → client): characters received so far. */
export const ASSIST_PROGRESS_NOTIFICATION = 'plume/assistProgress';
export interface AssistProgressParams {
  readonly uri: string;
  readonly characters: number;
}

/** Request `plume/chat` (server → client), for `plume.assistant.provider: vscode`: the client asks VS Code's model. */
export const CHAT_REQUEST = 'plume/chat';
export interface ChatParams {
  readonly model: string;
  readonly messages: readonly { readonly role: 'system' | 'user' | 'assistant'; readonly content: string }[];
}
export type ChatResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly kind: 'unavailable' | 'cancelled' | 'http'; readonly message: string };

/** Request `plume/check`: a file's findings, for the language-model tool `plume_check`. */
export const CHECK_REQUEST = 'plume/check';
export interface CheckParams {
  readonly uri: string;
  /** The file's text when it is not open in the editor. */
  readonly text?: string;
}
export interface CheckResult {
  readonly uri: string;
  readonly findings: readonly { readonly rule: string; readonly severity: string; readonly line: number; readonly message: string }[];
}
