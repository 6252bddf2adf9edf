// Glob and .gitignore matching: small pure functions (Node 20 has no fs.glob).

/** Whether a path segment or pattern holds glob syntax. */
export function hasGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

function escapeChar(c: string): string {
  return /[.+^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c;
}

/**
 * Translates a glob over `/`-separated paths into a regular expression source: `**` spans folders
 * (zero or more), `*` and `?` stay within one segment, `[abc]`/`[!abc]` classes, `{a,b}` alternatives.
 */
export function globSource(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a final `**` matches everything below.
          if (i + 2 === glob.length) out += '.*';
          else out += '(?:[^/]*/)*';
          i += 2; // skip the second * and the slash
          continue;
        }
        i++;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) out += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '\\' && i + 1 < glob.length) out += escapeChar(glob[++i]);
    else out += escapeChar(c);
  }
  return out + ')'.repeat(braces);
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob)}$`);
}

/** One rule of a .gitignore file. */
export interface IgnoreRule {
  readonly negated: boolean;
  readonly directoryOnly: boolean;
  readonly regex: RegExp;
}

/**
 * Parses the common subset of .gitignore: comments, blank lines, `!` negation, a trailing `/` for
 * folders only, a `/` at the start or in the middle anchoring to the file's folder (otherwise the
 * pattern matches a name at any depth), `*`, `?`, `[…]` and `**`.
 */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (let line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) continue;
    line = line.replace(/(?<!\\)\s+$/, '');
    if (line === '') continue;
    let negated = false;
    if (line.startsWith('!')) {
      negated = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    if (line === '') continue;
    const source = globSource(line);
    rules.push({ negated, directoryOnly, regex: new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`) });
  }
  return rules;
}

/**
 * Whether `relativePath` (to the .gitignore's folder, `/`-separated) is ignored by `rules`:
 * the last matching rule wins, as in git. Returns undefined when no rule matches.
 */
export function ignoredBy(rules: readonly IgnoreRule[], relativePath: string, isDirectory: boolean): boolean | undefined {
  let result: boolean | undefined;
  for (const rule of rules) {
    if (rule.directoryOnly && !isDirectory) continue;
    if (rule.regex.test(relativePath)) result = !rule.negated;
  }
  return result;
}
