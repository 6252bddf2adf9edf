// URIs ↔ POSIX paths in a browser (vscode.dev, github.dev, a web worker in code-server): the path of
// `vscode-vfs://github/owner/repo/a.md` is `/owner/repo/a.md`. The first URI read (the first workspace
// folder, at initialize) fixes the scheme and authority; URIs of any other origin get no path, so they
// are analysed alone (no site index, no project file), never confused with a file of the workspace.
import type { UriPaths } from '../uriPaths';

const URI = /^([a-zA-Z][\w+.-]*):\/\/([^/?#]*)([^?#]*)/;

export class BrowserUriPaths implements UriPaths {
  private origin: string | undefined;

  filePathOf(uri: string): string | undefined {
    const match = URI.exec(uri);
    // Documents that are not files of a file system: analysed alone.
    if (!match || match[1] === 'untitled' || match[1].startsWith('vscode-notebook-cell')) return undefined;
    const origin = `${match[1].toLowerCase()}://${match[2]}`;
    this.origin ??= origin;
    if (origin !== this.origin) return undefined;
    try {
      return decodeURIComponent(match[3] || '/');
    } catch {
      return undefined;
    }
  }

  uriOf(path: string): string {
    const encoded = path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
    return `${this.origin ?? 'file://'}${encoded}`;
  }
}
