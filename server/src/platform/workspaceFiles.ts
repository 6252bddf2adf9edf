// What the language server reads of the workspace, behind an interface: the Node host reads the disk;
// the browser host (a web worker) asks the client, which answers on `vscode.workspace.fs`
// (platform/browser/clientFiles.ts).
import { readFile } from 'node:fs/promises';
import { MARKDOWN_EXTENSIONS, walkFiles } from './files';

export interface WorkspaceFiles {
  /** Whether `path` names a file the workspace index takes (Markdown, MDX). */
  isArticle(path: string): boolean;
  /** The articles under `root`, in a stable order, without node_modules, .git and ignored paths; lazy. */
  articlesUnder(root: string): Iterable<string> | AsyncIterable<string>;
  readText(path: string): Promise<string>;
}

export const nodeWorkspaceFiles: WorkspaceFiles = {
  isArticle: (path) => MARKDOWN_EXTENSIONS.test(path),
  articlesUnder: (root) => walkFiles(root),
  readText: (path) => readFile(path, 'utf8'),
};
