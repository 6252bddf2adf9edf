// Finds and reads the project file `.plumerc.json`, for the command line and the language server alike.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseProjectConfig, PROJECT_CONFIG_NAME, type ProjectConfigResult } from '../core';

export interface LoadedConfig {
  /** The file read, or undefined when no folder up from the article has one. */
  readonly path?: string;
  readonly result: ProjectConfigResult;
}

const NONE: LoadedConfig = { result: { ok: true, config: {} } };

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
    return { path, result: { ok: false, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, line: 1, column: 1 } };
  }
  return { path, result: parseProjectConfig(text) };
}

/** Caches lookups per folder; `clear()` when a project file changes. */
export class ProjectConfigs {
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

/** `file:line:column: message`, the way compilers point at a place in a file. */
export function describeConfigError(loaded: LoadedConfig): string | undefined {
  const r = loaded.result;
  return r.ok ? undefined : `${loaded.path ?? PROJECT_CONFIG_NAME}:${r.line}:${r.column}: invalid project configuration: ${r.message}`;
}
