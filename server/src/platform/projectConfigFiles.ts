// Finds and reads the project file `.plumerc.json`, for the command line and the language server alike.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addProjectWord, conventionsToConfig, parseProjectConfig, PROJECT_CONFIG_NAME, resolveSettings, type Locale, type Settings } from '../core';
import type { SiteConventionSource } from './siteConventionFiles';
import { describeConfigError, NO_PROJECT_CONFIG as NONE, parseLoadedConfig, unreadableConfig, type LoadedConfig, type ProjectConfigSource } from './projectConfigLookup';

export { describeConfigError, type LoadedConfig } from './projectConfigLookup';

/** How project files are found and read: the disk for the command line and the Node server. */
export interface ProjectFileReader {
  isFile(path: string): boolean;
  /** The file's text; throws with a `code` (ENOENT, EACCES…) when it cannot be read. */
  readText(path: string): string;
}

export const nodeProjectFiles: ProjectFileReader = {
  isFile(path) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  readText: (path) => readFileSync(path, 'utf8'),
};

/** The nearest `.plumerc.json` walking up from `dir` (the article's folder), or undefined. */
export function findProjectConfig(dir: string, files: ProjectFileReader = nodeProjectFiles): string | undefined {
  for (let current = dir; ; ) {
    const candidate = join(current, PROJECT_CONFIG_NAME);
    if (files.isFile(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export function readProjectConfig(path: string, files: ProjectFileReader = nodeProjectFiles): LoadedConfig {
  let text: string;
  try {
    text = files.readText(path);
  } catch (error) {
    return unreadableConfig(path, error);
  }
  return parseLoadedConfig(path, text);
}

/** Caches lookups per folder; `clear()` when a project file changes. */
export class ProjectConfigs implements ProjectConfigSource {
  private readonly byDir = new Map<string, LoadedConfig>();

  constructor(private readonly files: ProjectFileReader = nodeProjectFiles) {}

  forFile(file: string): LoadedConfig {
    const dir = dirname(file);
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      const path = findProjectConfig(dir, this.files);
      loaded = path ? readProjectConfig(path, this.files) : NONE;
      this.byDir.set(dir, loaded);
    }
    return loaded;
  }

  clear(): void {
    this.byDir.clear();
  }
}

export interface FileSettings {
  readonly settings: Settings;
  /** The project file in force (the `--config` file, or the nearest `.plumerc.json`). */
  readonly loaded: LoadedConfig;
  /** Why the project file was left out (`file:line:column: …`), when it is invalid. */
  readonly error?: string;
}

export interface FileSettingsSources {
  /** The editor's `plume` section (the language server). */
  readonly editor?: unknown;
  /** `--locale`: wins over the files. */
  readonly locale?: Locale;
  readonly fallbackLocale?: Locale;
}

/**
 * The settings of an article file, for every entry point: the `--config` file when one is given,
 * else the nearest `.plumerc.json` walking up from the file, over the site's detected conventions,
 * merged with the editor's section by resolveSettings. An invalid project file is left out and its error returned.
 */
export class SettingsResolver {
  private readonly configs: ProjectConfigs;
  private readonly fixed: LoadedConfig | undefined;
  private readonly sites: SiteConventionSource | undefined;

  /** `sites`: the site's detected conventions, laid under the project file (none when undefined). */
  constructor(options: { readonly configFile?: string; readonly files?: ProjectFileReader; readonly sites?: SiteConventionSource } = {}) {
    const files = options.files ?? nodeProjectFiles;
    this.sites = options.sites;
    this.configs = new ProjectConfigs(files);
    this.fixed = options.configFile !== undefined ? readProjectConfig(options.configFile, files) : undefined;
  }

  /** `file` is an absolute path (for standard input, a file of the working folder). */
  forFile(file: string, sources: FileSettingsSources = {}): FileSettings {
    const loaded = this.fixed ?? this.configs.forFile(file);
    const project = loaded.result.ok ? loaded.result.config : undefined;
    const conventions = this.sites ? conventionsToConfig(this.sites.forFile(file).conventions) : undefined;
    const settings = resolveSettings({ ...sources, conventions, project });
    return { settings, loaded, error: describeConfigError(loaded) };
  }

  /** A project file changed: read them again. */
  clear(): void {
    this.configs.clear();
    this.sites?.clear();
  }
}

export type AddWordResult =
  | { readonly ok: true; readonly path: string; readonly added: boolean }
  | { readonly ok: false; readonly path: string; readonly message: string };

/**
 * « Ajouter au dictionnaire »: adds `word` to the `words` of the project file that applies to
 * `file` (the nearest `.plumerc.json` up from it), or creates one in `root` (the workspace folder,
 * else the article's folder) so that the command line and the other editors read the word too.
 */
export function addWordToProject(file: string, root: string | undefined, word: string): AddWordResult {
  const path = findProjectConfig(dirname(file)) ?? join(root ?? dirname(file), PROJECT_CONFIG_NAME);
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined && !parseProjectConfig(text).ok) return { ok: false, path, message: 'invalid JSON' };
  const next = addProjectWord(text, word);
  if (next === undefined) return { ok: true, path, added: false };
  try {
    writeFileSync(path, next, 'utf8');
  } catch (error) {
    return { ok: false, path, message: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return { ok: true, path, added: true };
}
