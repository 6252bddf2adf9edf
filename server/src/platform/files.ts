// Expands the command line's paths (files, folders, globs) into article files, skipping
// node_modules, .git and what .gitignore files exclude. Also walks a workspace for the server's index.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { MARKDOWN_EXTENSIONS } from './articleFiles';
import { globMatcher, hasGlob, ignoredBy, parseGitignore, splitGlob, type IgnoreRules } from './glob';

export { MARKDOWN_EXTENSIONS };

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export class NoMatchError extends Error {}

interface IgnoreSource {
  readonly dir: string;
  readonly rules: IgnoreRules;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function readIgnore(dir: string): IgnoreSource | undefined {
  const file = join(dir, '.gitignore');
  try {
    return { dir, rules: parseGitignore(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/**
 * The .gitignore files of `dir`'s ancestors, up to the repository root (the folder holding `.git`);
 * outside a repository, up to `top` (the working folder) when `dir` is inside it.
 */
function ancestorIgnores(dir: string, top: string | undefined): IgnoreSource[] {
  const chain: string[] = [];
  let inRepository = false;
  for (let current = dirname(dir); ; current = dirname(current)) {
    chain.unshift(current);
    if (existsSync(join(current, '.git'))) {
      inRepository = true;
      break;
    }
    if (dirname(current) === current) break;
  }
  const applicable = inRepository ? chain : top ? chain.filter((d) => d === top || d.startsWith(top.endsWith(sep) ? top : top + sep)) : [];
  return applicable.map(readIgnore).filter((s): s is IgnoreSource => s !== undefined);
}

function isIgnored(sources: readonly IgnoreSource[], path: string, isDirectory: boolean): boolean {
  let ignored = false;
  // Deeper .gitignore files come later and take precedence, as in git.
  for (const source of sources) {
    const rel = toPosix(relative(source.dir, path));
    if (rel.startsWith('..')) continue;
    const verdict = ignoredBy(source.rules, rel, isDirectory);
    if (verdict !== undefined) ignored = verdict;
  }
  return ignored;
}

/**
 * Every file under `root` that `accept` takes, in a stable order, without node_modules, .git and
 * ignored paths; lazy, so that a caller can yield between files.
 */
export function* walkFiles(
  root: string,
  accept: (path: string) => boolean = (p) => MARKDOWN_EXTENSIONS.test(p),
  top?: string,
): Generator<string> {
  const start = resolve(root);
  const base = ancestorIgnores(start, top && resolve(top));
  function* visit(dir: string, sources: readonly IgnoreSource[]): Generator<string> {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: skipped, like git does
    }
    const own = readIgnore(dir);
    const here = own ? [...sources, own] : sources;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = statSync(path).isDirectory();
        } catch {
          continue;
        }
        if (isDirectory) continue; // symlinked folders could loop
      }
      if (isIgnored(here, path, isDirectory)) continue;
      if (isDirectory) yield* visit(path, here);
      else if (accept(path)) yield path;
    }
  }
  yield* visit(start, base);
}

/** Shows `absolute` the way the user wrote its root: relative when they gave a relative path. */
function display(given: string, root: string, absolute: string): string {
  const rel = toPosix(relative(root, absolute));
  if (given === '.' || given === './') return rel;
  return `${given.replace(/[/\\]+$/, '')}/${rel}`;
}

/**
 * The files named by the command line's arguments: a file as given (whatever its extension), a
 * folder's Markdown files (.md, .mdx, .markdown), a glob's matches (quote it so the shell leaves it).
 * A glob that matches nothing is an error; a missing file is left for the reader to report.
 */
export function expandPaths(args: readonly string[], cwd: string = process.cwd()): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (shown: string) => {
    const key = shown === '-' ? '-' : resolve(cwd, shown);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(shown);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    const posixArg = toPosix(arg);
    if (hasGlob(posixArg) && !existsSync(resolve(cwd, arg))) {
      const { base, glob } = splitGlob(posixArg);
      const baseGiven = base || (posixArg.startsWith('/') ? '/' : '.');
      const root = resolve(cwd, baseGiven);
      const matches = globMatcher(glob);
      let matched = 0;
      for (const path of walkFiles(root, (p) => matches(toPosix(relative(root, p))), cwd)) {
        add(display(baseGiven, root, path));
        matched++;
      }
      if (matched === 0) throw new NoMatchError(`no file matches ${arg}`);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(resolve(cwd, arg)).isDirectory();
    } catch {
      // missing: reported when read
    }
    if (!isDirectory) {
      add(arg);
      continue;
    }
    const root = resolve(cwd, arg);
    for (const path of walkFiles(root, undefined, cwd)) add(display(arg, root, path));
  }
  return files;
}
