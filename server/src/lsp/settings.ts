// The settings of a document: the project file (`.plumerc.json`) beside or above it, then the
// editor's `plume` section (pulled with workspace/configuration when the client supports it), resolved
// by the same function as every other entry point (core/config/resolve.ts), over the site's detected
// conventions when the host can detect them (platform/siteConventionFiles.ts).
import { MessageType, type Connection } from 'vscode-languageserver';
import { conventionsToConfig, describeConventions, resolveSettings, writeProjectFile, type Locale, type SiteConventions, type Settings } from '../core';
import { describeConfigError, type ProjectConfigSource } from '../platform/projectConfigLookup';
import type { SiteConventionSource } from '../platform/siteConventionFiles';
import type { UriPaths } from '../platform/uriPaths';

export class WorkspaceSettings {
  /** The client's display language: messages follow it while `plume.locale` is `auto`. */
  clientLocale: Locale = 'fr';
  /** Whether the client answers workspace/configuration requests. */
  pullConfiguration = false;
  private readonly reportedConfigErrors = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly projectConfigs: ProjectConfigSource,
    private readonly paths: UriPaths,
    /** Undefined where the host detects no conventions (the browser). */
    private readonly sites: SiteConventionSource | undefined,
  ) {}

  /** The settings of the document (or file) at `uri`, read afresh. */
  async read(uri: string): Promise<Settings> {
    let section: unknown = {};
    if (this.pullConfiguration) {
      try {
        section = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'plume' });
      } catch {
        section = {};
      }
    }
    const file = this.paths.filePathOf(uri);
    // An untitled document has no folder, so no project file.
    if (!file) return resolveSettings({ editor: section, fallbackLocale: this.clientLocale });
    const loaded = await this.projectConfigs.forFile(file);
    const error = describeConfigError(loaded);
    if (error) this.reportConfigError(error);
    // The site's detected conventions, the project file's values over them, then the editor's values
    // that differ from their defaults.
    const conventions = this.sites ? conventionsToConfig(this.sites.forFile(file).conventions) : undefined;
    return resolveSettings({ conventions, project: loaded.result.ok ? loaded.result.config : undefined, editor: section, fallbackLocale: this.clientLocale });
  }

  /** What Plume detected of the site of the file at `uri`, one line each, for the report. */
  siteLines(uri: string, locale: Locale): string[] {
    const file = this.paths.filePathOf(uri);
    return file && this.sites ? describeConventions(this.sites.forFile(file).conventions, locale) : [];
  }

  /** `Plume: initialise the project file`: a commented `.plumerc.json` for the folder of `uri`. */
  projectFileFor(uri: string, locale: Locale): { text: string; folder: string; conventions: SiteConventions } | undefined {
    const file = this.paths.filePathOf(uri);
    if (!file || !this.sites) return undefined;
    const { conventions, siteRoot } = this.sites.forFile(file);
    return { text: writeProjectFile(conventions, locale), folder: siteRoot, conventions };
  }

  /** A project file changed: read them again, and show their errors again. */
  projectFilesChanged(): void {
    this.sites?.clear();
    this.projectConfigs.clear();
    this.reportedConfigErrors.clear();
  }

  /** An invalid `.plumerc.json` is shown once (until it changes); the analysis goes on without it. */
  private reportConfigError(message: string): void {
    if (this.reportedConfigErrors.has(message)) return;
    this.reportedConfigErrors.add(message);
    void this.connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `Plume: ${message}. ${this.clientLocale === 'fr' ? 'Ce fichier est ignoré tant qu’il n’est pas corrigé.' : 'The file is ignored until it is fixed.'}`,
    });
  }
}
