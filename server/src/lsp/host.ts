// What the language server needs of the place it runs in: a connection and the platform services.
// The Node entry (server.ts) passes stdio/IPC and the disk; the browser entry (serverBrowser.ts) a web
// worker's messages and files read through the client. Every LSP feature is the same on both.
import type { Connection } from 'vscode-languageserver';
import type { AddWordResult } from '../platform/projectConfigFiles';
import type { ProjectConfigSource } from '../platform/projectConfigLookup';
import type { SiteConventionSource } from '../platform/siteConventionFiles';
import type { UriPaths } from '../platform/uriPaths';
import type { WorkspaceFiles } from '../platform/workspaceFiles';

export interface ServerHost {
  readonly connection: Connection;
  readonly paths: UriPaths;
  readonly workspaceFiles: WorkspaceFiles;
  readonly projectConfigs: ProjectConfigSource;
  /**
   * Writes a word to the `words` of the project file that applies to `file` (« Ajouter au
   * dictionnaire »), creating one in `root` if needed. Absent where the host cannot write files:
   * the quick fix is then not offered.
   */
  readonly addProjectWord?: (file: string, root: string | undefined, word: string) => AddWordResult;
  /**
   * The site generator's conventions (its configuration read as text, a sample of its articles): the
   * disk for Node. The browser host has none: sampling a site's articles would take dozens of file
   * requests to the client per folder, so there the settings are the project file's and the editor's.
   */
  readonly siteConventions?: SiteConventionSource;
}
