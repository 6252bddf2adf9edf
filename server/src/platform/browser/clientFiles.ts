// The browser host's files: a web worker has no disk, so the language server asks the client, which
// reads through `vscode.workspace.fs` (any file system VS Code has: GitHub repositories on vscode.dev,
// the remote on code-server). The same interfaces as the Node host's, so every feature is shared.
import { MARKDOWN_EXTENSIONS } from '../articleFiles';
import type { AsyncProjectFileReader } from '../projectConfigLookup';
import type { UriPaths } from '../uriPaths';
import type { WorkspaceFiles } from '../workspaceFiles';

/** What the client answers (requests of lsp/protocol.ts, wired in serverBrowser.ts). */
export interface ClientFileSystem {
  /** 'file', 'directory', or undefined when nothing is there. */
  stat(uri: string): Promise<'file' | 'directory' | undefined>;
  /** The file's text (UTF-8), or undefined when it does not exist. */
  readText(uri: string): Promise<string | undefined>;
  /** The Markdown files under a workspace folder, without node_modules and .git, sorted. */
  findArticles(folderUri: string): Promise<string[]>;
}

class NotFound extends Error {
  readonly code = 'ENOENT';
}

async function readOrThrow(fs: ClientFileSystem, uri: string): Promise<string> {
  const text = await fs.readText(uri);
  if (text === undefined) throw new NotFound(`no such file: ${uri}`);
  return text;
}

export function clientWorkspaceFiles(fs: ClientFileSystem, paths: UriPaths): WorkspaceFiles {
  return {
    isArticle: (path) => MARKDOWN_EXTENSIONS.test(path),
    async *articlesUnder(root) {
      for (const uri of await fs.findArticles(paths.uriOf(root))) {
        const path = paths.filePathOf(uri);
        if (path !== undefined) yield path;
      }
    },
    readText: (path) => readOrThrow(fs, paths.uriOf(path)),
  };
}

export function clientProjectFiles(fs: ClientFileSystem, paths: UriPaths): AsyncProjectFileReader {
  return {
    isFile: async (path) => (await fs.stat(paths.uriOf(path))) === 'file',
    readText: (path) => readOrThrow(fs, paths.uriOf(path)),
  };
}
