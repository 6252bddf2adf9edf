import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import { FIX_ALL_KIND, provideCodeActions } from './codeActions';
import { analyze, localeFrom, normalizeSettings, preloadLanguageDetector, type Analysis, type Locale, type Settings } from './core';
import { deferLanguageDetector, isLanguageDetectorLoaded, LanguageDetectorNotLoaded } from './core';
import { completeAnalysis } from './detectorCompletion';
import { EditLog } from './editLog';
import { toDiagnostic } from './positions';
import { registerWriterView, sendStats } from './writerView';
import { PROPOSE_TITLES_REQUEST, proposeTitlesResult, type ProposeTitlesParams, type ProposeTitlesResult } from './titleRequests';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mergeConfig, PROJECT_CONFIG_NAME } from './core';
import { describeConfigError, ProjectConfigs, type LoadedConfig } from './config';
import { linkQuickFixes, toSiteDiagnostic } from './siteDiagnostics';
import { WorkspaceSite } from './workspaceSite';

const connection = createConnection(ProposedFeatures.all);
/** Edits since each document's last analysis: the next parse reuses the unchanged blocks. */
const editLog = new EditLog();
const documents = new TextDocuments<TextDocument>(editLog.configuration);
// The detector takes ~0.3 s and ~80 MB to load: it is loaded only once a rule needs it, after the
// diagnostics of the other rules are published; that rule's diagnostics follow (see loadDetectorSoon).
deferLanguageDetector(true);

let clientLocale: Locale = 'fr';
let pullConfiguration = false;
const settingsCache = new Map<string, Promise<Settings>>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();
/**
 * The latest analysis of each document, reused by code actions and requests for the same version;
 * `lacking`: the rules that could not run for want of the language detector (see loadDetectorSoon).
 */
const analyses = new Map<string, { version: number; settings: Settings; analysis: Analysis; lacking: Set<string> }>();
/** Last analysis time per document: the debounce adapts so that long documents are not re-analysed on every key. */
const lastDuration = new Map<string, number>();
/** Project files (`.plumerc.json`), the site index of the workspace folders, file watching. */
const projectConfigs = new ProjectConfigs();
const reportedConfigErrors = new Set<string>();
let site: WorkspaceSite | undefined;
let registerFileWatchers = false;
/** When the last analysis of each document ended (performance.now()). */
const lastEnd = new Map<string, number>();
let detectorTimer: ReturnType<typeof setTimeout> | undefined;
/** After `shutdown` no analysis starts: the `exit` that follows must not wait behind one. */
let shuttingDown = false;

/** Loads the language detector after `delay` ms, then re-analyses what lacked it. */
function loadDetectorSoon(delay: number): void {
  if (isLanguageDetectorLoaded()) return;
  if (detectorTimer) clearTimeout(detectorTimer);
  detectorTimer = setTimeout(() => {
    deferLanguageDetector(false);
    try {
      preloadLanguageDetector();
    } catch (error) {
      connection.console.error(`Plume: language detector failed to load: ${String(error)}`);
    }
    for (const [uri, cached] of analyses) if (cached.lacking.size > 0) schedule(uri, 0);
  }, delay);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = localeFrom((params.initializationOptions as { locale?: string } | undefined)?.locale ?? params.locale);
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  const options = params.initializationOptions as { watchesFiles?: boolean } | undefined;
  registerFileWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && options?.watchesFiles !== true;
  const roots = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((p): p is string => p !== undefined);
  const rootFromUri = params.rootUri ? filePathOf(params.rootUri) : undefined;
  if (roots.length === 0 && rootFromUri) roots.push(rootFromUri);
  if (roots.length > 0) {
    site = new WorkspaceSite(roots, (file) => readSettings(pathToFileURL(file).href), (m) => connection.console.log(m));
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source, FIX_ALL_KIND],
      },
      hoverProvider: true,
      inlayHintProvider: true,
    },
    serverInfo: { name: 'plume-language-server', version: PLUME_VERSION },
  };
});

connection.onInitialized(() => {
  if (pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'plume' }).catch(() => undefined);
  }
  if (registerFileWatchers) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${PROJECT_CONFIG_NAME}` }, { globPattern: '**/*.{md,mdx,markdown}' }] })
      .catch(() => undefined);
  }
});

function settingsFor(uri: string): Promise<Settings> {
  let cached = settingsCache.get(uri);
  if (!cached) {
    cached = readSettings(uri);
    settingsCache.set(uri, cached);
  }
  return cached;
}

async function readSettings(uri: string): Promise<Settings> {
  let section: unknown = {};
  if (pullConfiguration) {
    try {
      section = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'plume' });
    } catch {
      section = {};
    }
  }
  const file = filePathOf(uri);
  const loaded = file ? projectConfigs.forFile(file) : undefined;
  if (loaded) reportConfigError(loaded);
  // The project file's values, then the editor's values that differ from their defaults.
  const merged = mergeConfig(loaded?.result.ok ? loaded.result.config : undefined, section);
  const locale = merged.locale;
  const settings = normalizeSettings(merged, clientLocale);
  return locale === 'fr' || locale === 'en' ? settings : { ...settings, locale: clientLocale };
}

/** An invalid `.plumerc.json` is shown once (until it changes); the analysis goes on without it. */
function reportConfigError(loaded: LoadedConfig): void {
  const message = describeConfigError(loaded);
  if (!message || reportedConfigErrors.has(message)) return;
  reportedConfigErrors.add(message);
  void connection.sendNotification('window/showMessage', {
    type: MessageType.Warning,
    message: `Plume: ${message}. ${clientLocale === 'fr' ? 'Ce fichier est ignoré tant qu’il n’est pas corrigé.' : 'The file is ignored until it is fixed.'}`,
  });
}

function revalidateOpen(except?: string): void {
  for (const doc of documents.all()) if (doc.uri !== except) schedule(doc.uri, 0);
}

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  let recheck = false;
  let configChanged = false;
  for (const change of changes) {
    const file = filePathOf(change.uri);
    if (!file) continue;
    if (file.endsWith(PROJECT_CONFIG_NAME)) configChanged = true;
    else if (site && (await site.fileChanged(file, change.type === FileChangeType.Deleted))) recheck = true;
  }
  if (configChanged) {
    projectConfigs.clear();
    reportedConfigErrors.clear();
    settingsCache.clear();
    if (site) await site.reindex();
  }
  if (configChanged || recheck) revalidateOpen();
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  for (const doc of documents.all()) schedule(doc.uri, 0);
  // Inlay hints follow plume.locale; clients without refresh support answer with an error, ignored.
  void connection.languages.inlayHint.refresh().catch(() => undefined);
});

/**
 * Analyses at once when idle; while the writer types, the next analysis starts no sooner than the
 * last one lasted after it ended (at most half the CPU on long documents, capped at 250 ms). A pending
 * run is kept, not postponed: it analyses the newest version when it fires.
 */
function schedule(uri: string, delay?: number): void {
  if (shuttingDown) return;
  const existing = pending.get(uri);
  if (existing && delay === undefined) return;
  if (existing) clearTimeout(existing);
  const wait = delay ?? Math.min(250, Math.max(0, (lastEnd.get(uri) ?? 0) + (lastDuration.get(uri) ?? 0) - performance.now()));
  pending.set(
    uri,
    setTimeout(() => {
      pending.delete(uri);
      void validate(uri);
    }, wait),
  );
}

async function validate(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  try {
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer change is already scheduled
    const started = performance.now();
    const analysis = analysisOf(current, settings);
    const { findings, article } = analysis;
    const diagnostics: Diagnostic[] = findings.map((f) => toDiagnostic(current, f));
    const file = filePathOf(uri);
    const opened = site && file ? site.updateOpen(file, article, settings) : undefined;
    if (site && file && opened) {
      // Another open article may now share (or no longer share) this one's title, description or keyphrase.
      if (opened.changed) revalidateOpen(uri);
      const siteResult = site.check(file, article, opened.summary, settings);
      for (const f of siteResult?.findings ?? []) diagnostics.push(toSiteDiagnostic(current, f, siteResult!.root));
    }
    const ended = performance.now();
    lastDuration.set(uri, ended - started);
    lastEnd.set(uri, ended);
    sendStats(connection, current, analysis, settings);
    await connection.sendDiagnostics({ uri, version, diagnostics });
    if ((analyses.get(uri)?.lacking.size ?? 0) > 0) loadDetectorSoon(0);
  } catch (error) {
    connection.console.error(`Plume: analysis failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/**
 * Analyses a document version once; later callers for the same version and settings get the cached
 * result, completed by the rules that lacked the language detector once it is loaded.
 */
function analysisOf(document: TextDocument, settings: Settings): Analysis {
  const cached = analyses.get(document.uri);
  const lacking = new Set<string>();
  const options = {
    fileName: fileNameOf(document.uri),
    onRuleError: (ruleId: string, error: unknown) => {
      if (error instanceof LanguageDetectorNotLoaded) lacking.add(ruleId);
      else connection.console.error(`Plume: rule ${ruleId} failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  };
  if (cached && cached.version === document.version && cached.settings === settings) {
    if (cached.lacking.size === 0 || !isLanguageDetectorLoaded()) return cached.analysis;
    const analysis = completeAnalysis(cached.analysis, settings, cached.lacking, options);
    analyses.set(document.uri, { ...cached, analysis, lacking });
    return analysis;
  }
  const changes = cached ? editLog.since(document.uri, cached.version) : undefined;
  const analysis = analyze(document.getText(), settings, {
    ...options,
    ...(cached && changes ? { previous: { article: cached.analysis.article, changes } } : {}),
  });
  analyses.set(document.uri, { version: document.version, settings, analysis, lacking });
  editLog.reset(document.uri, document.version);
  return analysis;
}

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    const settings = await settingsFor(document.uri);
    return [
      ...provideCodeActions(document, analysisOf(document, settings), settings, params, fileNameOf(document.uri)),
      ...linkQuickFixes(document, params, settings.locale),
    ];
  } catch (error) {
    connection.console.error(`Plume: code actions failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return [];
  }
});

registerWriterView(connection, documents, async (document) => {
  const settings = await settingsFor(document.uri);
  return { analysis: analysisOf(document, settings), settings };
});

connection.onRequest(PROPOSE_TITLES_REQUEST, async (params: ProposeTitlesParams): Promise<ProposeTitlesResult | null> => {
  const document = documents.get(params.uri);
  if (!document) return null;
  const settings = await settingsFor(document.uri);
  return proposeTitlesResult(document, analysisOf(document, settings), settings);
});

/** The file system path of a `file:` URI (others have none). */
function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function fileNameOf(uri: string): string | undefined {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || undefined;
  } catch {
    return name || undefined;
  }
}

documents.onDidOpen((e) => {
  schedule(e.document.uri, 0);
  // The site index is built once a Markdown document is open, in the background.
  if (site && !site.indexed) {
    void site.startIndexing().then(
      () => revalidateOpen(),
      (error: unknown) => connection.console.error(`Plume: indexing failed: ${String(error)}`),
    );
  }
});
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  const timer = pending.get(e.document.uri);
  if (timer) clearTimeout(timer);
  pending.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  lastDuration.delete(e.document.uri);
  lastEnd.delete(e.document.uri);
  analyses.delete(e.document.uri);
  const file = filePathOf(e.document.uri);
  if (site && file) void site.closed(file).then((changed) => changed && revalidateOpen());
  editLog.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onShutdown(() => {
  shuttingDown = true;
  for (const timer of pending.values()) clearTimeout(timer);
  pending.clear();
  if (detectorTimer) clearTimeout(detectorTimer);
});

documents.listen(connection);
connection.listen();
