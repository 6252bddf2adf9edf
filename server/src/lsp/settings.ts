// The settings of a document: the project file (`.plumerc.json`) beside or above it, then the
// editor's `plume` section (pulled with workspace/configuration when the client supports it).
import { MessageType, type Connection } from 'vscode-languageserver/node';
import { conventionsToConfig, describeConventions, mergeConfig, normalizeSettings, overlayConfig, writeProjectFile, type Locale, type SiteConventions, type Settings } from '../core';
import { SiteConventionFiles } from '../platform/siteConventionFiles';
import { describeConfigError, ProjectConfigs, type LoadedConfig } from '../platform/projectConfigFiles';
import { filePathOf } from './uris';

export class WorkspaceSettings {
  /** The client's display language: messages follow it while `plume.locale` is `auto`. */
  clientLocale: Locale = 'fr';
  /** Whether the client answers workspace/configuration requests. */
  pullConfiguration = false;
  private readonly projectConfigs = new ProjectConfigs();
  /** The site generator's conventions, detected once per folder (configuration read as text). */
  private readonly sites = new SiteConventionFiles();
  private readonly reportedConfigErrors = new Set<string>();

  constructor(private readonly connection: Connection) {}

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
    const file = filePathOf(uri);
    const loaded = file ? this.projectConfigs.forFile(file) : undefined;
    if (loaded) this.reportConfigError(loaded);
    // The site's detected conventions, the project file's values over them, then the editor's values
    // that differ from their defaults.
    const detected = file ? conventionsToConfig(this.sites.forFile(file).conventions) : {};
    const merged = mergeConfig(overlayConfig(detected, loaded?.result.ok ? loaded.result.config : {}), section);
    const locale = merged.locale;
    const settings = normalizeSettings(merged, this.clientLocale);
    return locale === 'fr' || locale === 'en' ? settings : { ...settings, locale: this.clientLocale };
  }

  /** What Plume detected of the site of the file at `uri`, one line each, for the report. */
  siteLines(uri: string, locale: Locale): string[] {
    const file = filePathOf(uri);
    return file ? describeConventions(this.sites.forFile(file).conventions, locale) : [];
  }

  /** `Plume: initialise the project file`: a commented `.plumerc.json` for the folder of `uri`. */
  projectFileFor(uri: string, locale: Locale): { text: string; folder: string; conventions: SiteConventions } | undefined {
    const file = filePathOf(uri);
    if (!file) return undefined;
    const { conventions, siteRoot } = this.sites.forFile(file);
    return { text: writeProjectFile(conventions, locale), folder: siteRoot, conventions };
  }

  /** A project file changed: read them again, and show their errors again. */
  projectFilesChanged(): void {
    this.sites.clear();
    this.projectConfigs.clear();
    this.reportedConfigErrors.clear();
  }

  /** An invalid `.plumerc.json` is shown once (until it changes); the analysis goes on without it. */
  private reportConfigError(loaded: LoadedConfig): void {
    const message = describeConfigError(loaded);
    if (!message || this.reportedConfigErrors.has(message)) return;
    this.reportedConfigErrors.add(message);
    void this.connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `Plume: ${message}. ${this.clientLocale === 'fr' ? 'Ce fichier est ignoré tant qu’il n’est pas corrigé.' : 'The file is ignored until it is fixed.'}`,
    });
  }
}
