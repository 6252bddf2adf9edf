// The lookup of `.plumerc.json` shared by every host: walk up from the article's folder to the nearest
// project file, parse it, remember the answer per folder. No I/O of its own: the host's reader does it
// (the disk for Node, requests to the client's `vscode.workspace.fs` in a browser), synchronously or not.
import { dirname, join } from 'node:path';
import { parseProjectConfig, PROJECT_CONFIG_NAME, type ProjectConfigResult } from '../core';

export interface LoadedConfig {
  /** The file read, or undefined when no folder up from the article has one. */
  readonly path?: string;
  readonly result: ProjectConfigResult;
}

export const NO_PROJECT_CONFIG: LoadedConfig = { result: { ok: true, config: {} } };

/** Project files of a host that reads through messages (a browser asking its client). */
export interface AsyncProjectFileReader {
  isFile(path: string): Promise<boolean>;
  /** The file's text; rejects with a `code` (ENOENT, EACCES…) when it cannot be read. */
  readText(path: string): Promise<string>;
}

/** What the language server asks of a host: the project file that applies to an article. */
export interface ProjectConfigSource {
  forFile(file: string): LoadedConfig | Promise<LoadedConfig>;
  /** A project file changed: forget every answer. */
  clear(): void;
}

export function parseLoadedConfig(path: string, text: string): LoadedConfig {
  return { path, result: parseProjectConfig(text) };
}

export function unreadableConfig(path: string, error: unknown): LoadedConfig {
  return { path, result: { ok: false, message: `cannot read: ${(error as { code?: string } | undefined)?.code ?? String(error)}`, line: 1, column: 1 } };
}

/** The lookup over an asynchronous reader, cached per folder (the promise itself, so lookups are shared). */
export class AsyncProjectConfigs implements ProjectConfigSource {
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();

  constructor(
    private readonly files: AsyncProjectFileReader,
    /** The highest folder to look in (the workspace's root); undefined: up to `/`. */
    private readonly isTop: (dir: string) => boolean = () => false,
  ) {}

  forFile(file: string): Promise<LoadedConfig> {
    const dir = dirname(file);
    let loaded = this.byDir.get(dir);
    if (!loaded) this.byDir.set(dir, (loaded = this.lookUp(dir)));
    return loaded;
  }

  private async lookUp(dir: string): Promise<LoadedConfig> {
    for (let current = dir; ; ) {
      const candidate = join(current, PROJECT_CONFIG_NAME);
      if (await this.files.isFile(candidate).catch(() => false)) {
        try {
          return parseLoadedConfig(candidate, await this.files.readText(candidate));
        } catch (error) {
          return unreadableConfig(candidate, error);
        }
      }
      const parent = dirname(current);
      if (parent === current || this.isTop(current)) return NO_PROJECT_CONFIG;
      current = parent;
    }
  }

  clear(): void {
    this.byDir.clear();
  }
}

/** `file:line:column: message`, the way compilers point at a place in a file. */
export function describeConfigError(loaded: LoadedConfig): string | undefined {
  const r = loaded.result;
  return r.ok ? undefined : `${loaded.path ?? PROJECT_CONFIG_NAME}:${r.line}:${r.column}: invalid project configuration: ${r.message}`;
}
