// How the language server turns a document's URI into the path its site index and project-file lookup
// work with, and back. The Node host knows `file:` URIs only; the browser host maps its workspace's
// URIs (vscode-vfs, vscode-remote…) to POSIX paths (platform/browser/uriPaths.ts).
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface UriPaths {
  /** The path of a URI the host can read, or undefined (an untitled document, another scheme). */
  filePathOf(uri: string): string | undefined;
  /** The URI of a path `filePathOf` gave. */
  uriOf(path: string): string;
}

export const nodeUriPaths: UriPaths = {
  filePathOf(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  uriOf: (path) => pathToFileURL(path).href,
};
