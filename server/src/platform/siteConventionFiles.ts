// Finds the site generator's configuration from an article's folder up to the workspace root (the
// folder holding `.git`, or the root given), and a sample of the site's articles, for the core's
// pure detection (core/site/conventions). Files are read as text; nothing of the site is run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CONFIG_FILES, detectConventions, type SiteConventions, type SiteFile } from '../core';
import { MARKDOWN_EXTENSIONS } from './files';

/** Articles read to infer what the configuration does not say: enough for a majority, cheap. */
const SAMPLE = 40;
const MAX_CONFIG_BYTES = 512 * 1024;
/**
 * Folders a sample visits at most: a site files its posts a few levels deep (by year, by month), and
 * an article alone in a big folder (Downloads, a home directory) must not make Plume walk it all.
 */
const MAX_SAMPLED_DIRS = 64;

function isFile(path: string): boolean {
  try {
    const s = statSync(path);
    return s.isFile() && s.size <= MAX_CONFIG_BYTES;
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Markdown files of `dir` and its subfolders (breadth first), at most `limit`. */
function sampleArticles(dir: string, limit: number): string[] {
  const out: string[] = [];
  const queue = [dir];
  for (let visited = 0; queue.length > 0 && out.length < limit && visited < MAX_SAMPLED_DIRS; visited++) {
    const current = queue.shift()!;
    let names: string[];
    try {
      names = readdirSync(current).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(current, name);
      if (MARKDOWN_EXTENSIONS.test(name)) {
        if (out.length < limit) out.push(path);
      } else if (isDir(path)) queue.push(path);
    }
  }
  return out;
}

export interface SiteLookup {
  readonly conventions: SiteConventions;
  /** The folder the configuration was found in (or the article's folder). */
  readonly siteRoot: string;
}

/** What the language server asks of a host: the conventions of an article's site. */
export interface SiteConventionSource {
  forFile(file: string): SiteLookup;
  /** A configuration file changed: forget every answer. */
  clear(): void;
}

/** Caches lookups per folder; `clear()` when a configuration file changes. */
export class SiteConventionFiles implements SiteConventionSource {
  private readonly byDir = new Map<string, SiteLookup>();

  /** `root`: the workspace folder; the walk never goes above it (nor above a `.git` folder). */
  constructor(private readonly root?: string) {}

  forFile(file: string): SiteLookup {
    return this.forDir(dirname(file));
  }

  forDir(dir: string): SiteLookup {
    let found = this.byDir.get(dir);
    if (!found) {
      found = lookUp(dir, this.root);
      this.byDir.set(dir, found);
    }
    return found;
  }

  clear(): void {
    this.byDir.clear();
  }
}

function lookUp(dir: string, root: string | undefined): SiteLookup {
  const configs: SiteFile[] = [];
  let siteRoot: string | undefined;
  for (let current = dir; ; ) {
    for (const name of Object.keys(CONFIG_FILES)) {
      const path = join(current, name);
      if (!isFile(path)) continue;
      const text = read(path);
      if (text === undefined) continue;
      configs.push({ path: relative(dir, path) || name, text });
      siteRoot ??= current;
    }
    const parent = dirname(current);
    if (parent === current || current === root || isDir(join(current, '.git'))) break;
    current = parent;
  }
  // The site's articles: the article's own folder, else the nearest folder above with a few (blogs
  // file posts by date, one a folder), never above the site's configuration or the workspace root.
  let from = dir;
  for (let up = 0; up < 4 && sampleArticles(from, 3).length < 3; up++) {
    const parent = dirname(from);
    if (parent === from || from === root || from === siteRoot || isDir(join(from, '.git'))) break;
    // Never the filesystem's root nor the home directory: no site is filed there.
    if (dirname(parent) === parent || parent === homedir()) break;
    from = parent;
  }
  const articles = sampleArticles(from, SAMPLE).flatMap((path) => {
    const text = read(path);
    return text === undefined ? [] : [{ path, text }];
  });
  return { conventions: detectConventions({ configs, articles }), siteRoot: siteRoot ?? dir };
}
