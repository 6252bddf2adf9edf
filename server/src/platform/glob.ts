// Globs and .gitignore rules, by the libraries made for them: picomatch for the command line's globs
// (escapes, classes, braces, `**`), ignore for .gitignore files (git's own semantics: braces are
// literal, `\` escapes, last rule wins, negation).
import createIgnore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Whether a path or pattern holds unescaped glob syntax (`draft\*.md` does not). */
export function hasGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** A glob split where its wildcards start: `content/**\/*.md` is `content` and `**\/*.md`. */
export function splitGlob(pattern: string): { readonly base: string; readonly glob: string } {
  const { base, glob } = picomatch.scan(pattern);
  return { base, glob };
}

/**
 * A matcher of `/`-separated relative paths: `**` spans folders (`a/**` takes `a` too), `*` and `?`
 * stay within one segment, `[…]` classes, `{a,b}` alternatives, `\` escapes. Names that start with
 * a dot match too, as the folder walk already leaves out `.git`.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  // posix: `[!0-9]` is a negated class as in the shell (without it, picomatch reads `!` as a member).
  return picomatch(glob, { dot: true, posix: true });
}

/** The rules of one .gitignore file. */
export type IgnoreRules = Ignore;

export function parseGitignore(text: string): IgnoreRules {
  return createIgnore({ allowRelativePaths: true }).add(text);
}

/**
 * Whether `relativePath` (to the .gitignore's folder, `/`-separated) is ignored by `rules`: true
 * ignored, false re-included by a `!` rule, undefined when no rule speaks of it.
 */
export function ignoredBy(rules: IgnoreRules, relativePath: string, isDirectory: boolean): boolean | undefined {
  const verdict = rules.test(isDirectory ? `${relativePath}/` : relativePath);
  return verdict.ignored ? true : verdict.unignored ? false : undefined;
}
