// Entry point of dist/web/server.js, the language server in a web worker (vscode.dev, github.dev, the
// web worker extension host of code-server): the same features as the Node server (lsp/server.ts),
// over the worker's messages, reading the workspace through the client (platform/browser/).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './lsp/server';
import {
  FS_FIND_ARTICLES_REQUEST,
  FS_READ_FILE_REQUEST,
  FS_STAT_REQUEST,
  type FsFindArticlesParams,
  type FsFindArticlesResult,
  type FsReadFileResult,
  type FsStatResult,
  type FsUriParams,
} from './lsp/protocol';
import { clientProjectFiles, clientWorkspaceFiles, type ClientFileSystem } from './platform/browser/clientFiles';
import { BrowserUriPaths } from './platform/browser/uriPaths';
import { AsyncProjectConfigs } from './platform/projectConfigLookup';

/** The worker's global scope (not in the Node types this project compiles with). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const fs: ClientFileSystem = {
  stat: async (uri) => (await connection.sendRequest<FsStatResult>(FS_STAT_REQUEST, { uri } satisfies FsUriParams)) ?? undefined,
  readText: async (uri) => (await connection.sendRequest<FsReadFileResult>(FS_READ_FILE_REQUEST, { uri } satisfies FsUriParams)) ?? undefined,
  findArticles: async (folder) => [...(await connection.sendRequest<FsFindArticlesResult>(FS_FIND_ARTICLES_REQUEST, { folder } satisfies FsFindArticlesParams))],
};
const paths = new BrowserUriPaths();
startServer({
  connection,
  paths,
  workspaceFiles: clientWorkspaceFiles(fs, paths),
  projectConfigs: new AsyncProjectConfigs(clientProjectFiles(fs, paths)),
  // No site-convention detection here (see ServerHost.siteConventions): a .plumerc.json says them.
});
