// The client's answers to the browser server's file requests (server/src/lsp/protocol.ts): a web worker
// has no disk, so the server reads project files and the site's articles through `vscode.workspace.fs`,
// which reaches whatever VS Code has open (a GitHub repository on vscode.dev, the remote on code-server).
// Registered by both entries; only the browser server sends them.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FS_FIND_ARTICLES_REQUEST,
  FS_READ_FILE_REQUEST,
  FS_STAT_REQUEST,
  type FsFindArticlesParams,
  type FsFindArticlesResult,
  type FsReadFileResult,
  type FsStatResult,
  type FsUriParams,
} from '../../server/src/lsp/protocol';

/** The site index skips these, as the Node walk does. */
const EXCLUDED = '{**/node_modules/**,**/.git/**}';

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

export function registerFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
  const decoder = new TextDecoder();
  return [
    client.onRequest(FS_STAT_REQUEST, async ({ uri }: FsUriParams): Promise<FsStatResult> => {
      try {
        const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
        return stat.type & vscode.FileType.Directory ? 'directory' : stat.type & vscode.FileType.File ? 'file' : null;
      } catch {
        return null;
      }
    }),
    client.onRequest(FS_READ_FILE_REQUEST, async ({ uri }: FsUriParams): Promise<FsReadFileResult> => {
      try {
        return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    }),
    client.onRequest(FS_FIND_ARTICLES_REQUEST, async ({ folder }: FsFindArticlesParams): Promise<FsFindArticlesResult> => {
      const pattern = new vscode.RelativePattern(vscode.Uri.parse(folder), '**/*.{md,mdx,markdown}');
      const found = await vscode.workspace.findFiles(pattern, EXCLUDED);
      return found.map((u) => u.toString()).sort();
    }),
  ];
}
