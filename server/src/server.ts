import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver';
import { FIX_ALL_KIND, provideCodeActions } from './codeActions';
import { analyze, localeFrom, normalizeSettings, preloadLanguageDetector, type Analysis, type Locale, type Settings } from './core';
import { toDiagnostic } from './positions';
import { registerWriterView, sendStats } from './writerView';
import { PROPOSE_TITLES_REQUEST, proposeTitlesResult, type ProposeTitlesParams, type ProposeTitlesResult } from './titleRequests';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let clientLocale: Locale = 'fr';
let pullConfiguration = false;
const settingsCache = new Map<string, Promise<Settings>>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();
/** The latest analysis of each document, reused by code actions and requests for the same version. */
const analyses = new Map<string, { version: number; settings: Settings; analysis: Analysis }>();
/** Last analysis time per document: the debounce adapts so that long documents are not re-analysed on every key. */
const lastDuration = new Map<string, number>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = localeFrom((params.initializationOptions as { locale?: string } | undefined)?.locale ?? params.locale);
  pullConfiguration = params.capabilities.workspace?.configuration === true;
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
  // Load the language detector while the writer is still opening files.
  setTimeout(() => {
    try {
      preloadLanguageDetector();
    } catch (error) {
      connection.console.error(`Plume: language detector failed to load: ${String(error)}`);
    }
  }, 0);
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
  const locale = (section as { locale?: unknown } | null)?.locale;
  const settings = normalizeSettings(section, clientLocale);
  return locale === 'fr' || locale === 'en' ? settings : { ...settings, locale: clientLocale };
}

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  for (const doc of documents.all()) schedule(doc.uri, 0);
  // Inlay hints follow plume.locale; clients without refresh support answer with an error, ignored.
  void connection.languages.inlayHint.refresh().catch(() => undefined);
});

function schedule(uri: string, delay?: number): void {
  const existing = pending.get(uri);
  if (existing) clearTimeout(existing);
  const wait = delay ?? Math.min(250, lastDuration.get(uri) ?? 0);
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
    const { findings } = analysis;
    lastDuration.set(uri, performance.now() - started);
    sendStats(connection, current, analysis, settings);
    await connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(current, f)) });
  } catch (error) {
    connection.console.error(`Plume: analysis failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/** Analyses a document version once; later callers for the same version and settings get the cached result. */
function analysisOf(document: TextDocument, settings: Settings): Analysis {
  const cached = analyses.get(document.uri);
  if (cached && cached.version === document.version && cached.settings === settings) return cached.analysis;
  const analysis = analyze(document.getText(), settings, {
    fileName: fileNameOf(document.uri),
    onRuleError: (ruleId, error) =>
      connection.console.error(`Plume: rule ${ruleId} failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  analyses.set(document.uri, { version: document.version, settings, analysis });
  return analysis;
}

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    const settings = await settingsFor(document.uri);
    return provideCodeActions(document, analysisOf(document, settings), settings, params, fileNameOf(document.uri));
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

function fileNameOf(uri: string): string | undefined {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || undefined;
  } catch {
    return name || undefined;
  }
}

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  const timer = pending.get(e.document.uri);
  if (timer) clearTimeout(timer);
  pending.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  lastDuration.delete(e.document.uri);
  analyses.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
