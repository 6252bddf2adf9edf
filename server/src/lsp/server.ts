// The language server: wires the connection's requests and notifications to one file per feature.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localeFrom, PROJECT_CONFIG_NAME, type Analysis, type Settings } from '../core';
import { DocumentAnalyzer } from './analyses';
import { FIX_ALL_KIND, provideCodeActions, quickFixesOnly } from './codeActions';
import { NOTICE_COMMAND, resolveCodeAction, resolveDataOf } from './codeActionResolve';
import { ADD_TO_DICTIONARY_COMMAND, addToDictionary, dictionaryActions } from './dictionary';
import { DiagnosticsScheduler } from './diagnostics';
import { DocumentStates } from './documentState';
import { EditLog } from './editLog';
import type { ServerHost } from './host';
import {
  ASSIST_COMMAND,
  ASSIST_PREVIEW_REQUEST,
  ASSIST_REQUEST,
  CHECK_REQUEST,
  INIT_PROJECT_FILE_REQUEST,
  PROPOSE_DESCRIPTIONS_REQUEST,
  PROPOSE_TITLES_REQUEST,
  type AssistArgs,
  type CheckParams,
  type InitProjectFileParams,
  type InitProjectFileResult,
  type ProposeDescriptionsResult,
  type ProposeTitlesParams,
  type ProposeTitlesResult,
} from './protocol';
import { Assistant } from './assistant';
import { proposeDescriptionsResult } from './descriptions';
import { WorkspaceSettings } from './settings';
import { linkQuickFixes } from './siteDiagnostics';
import { proposeTitlesResult } from './titles';
import { fileNameOf } from './uris';
import { WorkspaceSite } from './workspaceSite';
import { registerWriterView } from './writerView';

/** Serves LSP on the host's connection (stdio/IPC in Node, messages in a web worker) until `exit`. */
export function startServer(host: ServerHost): void {
  const { connection, paths, addProjectWord } = host;
  const filePathOf = (uri: string) => paths.filePathOf(uri);
  /** Edits since each document's last analysis: the next parse reuses the unchanged blocks. */
  const editLog = new EditLog();
  const documents = new TextDocuments<TextDocument>(editLog.configuration);
  const states = new DocumentStates();
  const workspaceSettings = new WorkspaceSettings(connection, host.projectConfigs, paths, host.siteConventions);
  let site: WorkspaceSite | undefined;
  let registerFileWatchers = false;
  let workspaceRoots: string[] = [];
  /** Whether the client resolves a code action's edit: the costly ones are then listed without it. */
  let resolvesEdits = false;

  function settingsFor(uri: string): Promise<Settings> {
    const state = states.of(uri);
    return (state.settings ??= workspaceSettings.read(uri));
  }

  const analyzer = new DocumentAnalyzer(connection, states, editLog, (uri) => diagnostics.schedule(uri, 0), (uri) => documents.get(uri)?.version);
  const diagnostics = new DiagnosticsScheduler({ connection, documents, states, analyzer, paths, settingsFor, site: () => site });
  const assistant = new Assistant(connection, documents, settingsFor, analyzer);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceSettings.clientLocale = localeFrom((params.initializationOptions as { locale?: string } | undefined)?.locale ?? params.locale);
    workspaceSettings.pullConfiguration = params.capabilities.workspace?.configuration === true;
    const options = params.initializationOptions as { watchesFiles?: boolean; assistantUi?: boolean } | undefined;
    registerFileWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && options?.watchesFiles !== true;
    const codeActionCapability = params.capabilities.textDocument?.codeAction;
    resolvesEdits = codeActionCapability?.dataSupport === true && codeActionCapability.resolveSupport?.properties.includes('edit') === true;
    const roots = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((p): p is string => p !== undefined);
    const rootFromUri = params.rootUri ? filePathOf(params.rootUri) : undefined;
    if (roots.length === 0 && rootFromUri) roots.push(rootFromUri);
    workspaceRoots = roots;
    if (roots.length > 0) {
      site = new WorkspaceSite(roots, host.workspaceFiles, (file) => workspaceSettings.read(paths.uriOf(file)), (m) => connection.console.log(m));
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source, FIX_ALL_KIND],
          resolveProvider: true,
        },
        hoverProvider: true,
        inlayHintProvider: true,
        // VS Code's client runs the assistant's command itself (quick picks); other editors send it here.
        executeCommandProvider: {
          commands: [NOTICE_COMMAND, ...(addProjectWord ? [ADD_TO_DICTIONARY_COMMAND] : []), ...(options?.assistantUi === true ? [] : [ASSIST_COMMAND])],
        },
      },
      serverInfo: { name: 'plume-language-server', version: PLUME_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (workspaceSettings.pullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'plume' }).catch(() => undefined);
    }
    if (registerFileWatchers) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${PROJECT_CONFIG_NAME}` }, { globPattern: '**/*.{md,mdx,markdown}' }] })
        .catch(() => undefined);
    }
  });

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
      workspaceSettings.projectFilesChanged();
      states.clearSettings();
      if (site) await site.reindex();
    }
    if (configChanged || recheck) diagnostics.revalidateOpen();
  });

  connection.onDidChangeConfiguration(() => {
    states.clearSettings();
    for (const doc of documents.all()) diagnostics.schedule(doc.uri, 0);
    // Inlay hints follow plume.locale; clients without refresh support answer with an error, ignored.
    void connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    try {
      const settings = await settingsFor(document.uri);
      // While the newest version is analysed, quick fixes come from the previous analysis, shifted.
      const stale = quickFixesOnly(params) ? analyzer.staleAnalysisOf(document, settings) : undefined;
      const fileName = fileNameOf(document.uri);
      return [
        ...(stale
          ? provideCodeActions(document, stale.analysis, settings, params, fileName, stale.changes, resolvesEdits)
          : provideCodeActions(document, await analyzer.analysisOf(document, settings), settings, params, fileName, undefined, resolvesEdits)),
        ...linkQuickFixes(document, params, settings.locale),
        ...(addProjectWord ? dictionaryActions(document, params, settings.locale, paths) : []),
        ...assistant.codeActions(document, settings, params),
      ];
    } catch (error) {
      connection.console.error(`Plume: code actions failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [];
    }
  });

  // The edit of an action listed without it, on the newest analysis (never a stale edit).
  connection.onCodeActionResolve(async (action) => {
    const data = resolveDataOf(action.data);
    if (!data) return action;
    const document = documents.get(data.uri);
    try {
      const settings = await settingsFor(data.uri);
      // The document may change again while it is analysed: the edit is computed on the analysis of
      // the text the client has now, or not at all.
      let analysis: Analysis | undefined;
      for (let tries = 0; document && tries < 3 && !analysis; tries++) {
        const candidate = await analyzer.analysisOf(document, settings);
        if (candidate.article.text === document.getText()) analysis = candidate;
      }
      return resolveCodeAction(document, analysis, settings, fileNameOf(data.uri), action);
    } catch (error) {
      connection.console.error(`Plume: resolving a code action failed on ${data.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return action;
    }
  });

  registerWriterView(
    connection,
    documents,
    async (document) => {
      const settings = await settingsFor(document.uri);
      return { analysis: await analyzer.analysisOf(document, settings), settings, site: workspaceSettings.siteLines(document.uri, settings.locale) };
    },
    async (document) => {
      const settings = await settingsFor(document.uri);
      const stale = analyzer.staleAnalysisOf(document, settings);
      return stale && { ...stale, settings, site: workspaceSettings.siteLines(document.uri, settings.locale) };
    },
  );

  connection.onRequest(INIT_PROJECT_FILE_REQUEST, async (params: InitProjectFileParams): Promise<InitProjectFileResult | null> => {
    if (typeof params?.uri !== 'string') return null;
    const settings = await settingsFor(params.uri);
    const found = workspaceSettings.projectFileFor(params.uri, settings.locale);
    return found ? { text: found.text, folderUri: paths.uriOf(found.folder), detected: workspaceSettings.siteLines(params.uri, settings.locale) } : null;
  });

  connection.onRequest(PROPOSE_TITLES_REQUEST, async (params: ProposeTitlesParams): Promise<ProposeTitlesResult | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    return proposeTitlesResult(document, await analyzer.analysisOf(document, settings), settings);
  });

  connection.onRequest(PROPOSE_DESCRIPTIONS_REQUEST, async (params: ProposeTitlesParams): Promise<ProposeDescriptionsResult | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    return proposeDescriptionsResult(document, await analyzer.analysisOf(document, settings), settings);
  });

  connection.onRequest(ASSIST_PREVIEW_REQUEST, (args: AssistArgs) => assistant.preview(args));
  connection.onRequest(ASSIST_REQUEST, (args: AssistArgs, token) => assistant.run(args, token));
  connection.onRequest(CHECK_REQUEST, (params: CheckParams) => assistant.check(params));
  // One handler for every server command (a second onExecuteCommand would replace the first).
  connection.onExecuteCommand(async (params) => {
    if (params.command === NOTICE_COMMAND) {
      void connection.window.showInformationMessage(String(params.arguments?.[0] ?? ''));
      return undefined;
    }
    if (params.command === ASSIST_COMMAND) await assistant.execute(params.arguments?.[0] as AssistArgs);
    if (params.command === ADD_TO_DICTIONARY_COMMAND && addProjectWord) {
      // The file watcher would notice the change too, but later and not in every client.
      return addToDictionary({ connection, paths, addProjectWord }, workspaceRoots, params.arguments ?? [], () => {
        workspaceSettings.projectFilesChanged();
        states.clearSettings();
        diagnostics.revalidateOpen();
      });
    }
    return undefined;
  });

  documents.onDidOpen((e) => {
    diagnostics.schedule(e.document.uri, 0);
    // The site index is built once a Markdown document is open, in the background.
    if (site && !site.indexed) {
      void site.startIndexing().then(
        () => diagnostics.revalidateOpen(),
        (error: unknown) => connection.console.error(`Plume: indexing failed: ${String(error)}`),
      );
    }
  });
  documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri));
  documents.onDidClose((e) => {
    diagnostics.cancel(e.document.uri);
    states.delete(e.document.uri);
    const file = filePathOf(e.document.uri);
    if (site && file) void site.closed(file).then((changed) => changed && diagnostics.revalidateOpen());
    editLog.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onShutdown(() => {
    diagnostics.shutdown();
    analyzer.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
