// `plume check`: files, folders and globs; per-file project configuration; site-wide checks across
// the files given; text, JSON or SARIF output; exit codes for pipelines.
import { basename, relative, resolve, sep } from 'node:path';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import { analyze, checkSite, RULES, SiteIndex, SITE_RULES, summarizeArticle, type Article, type ArticleSummary, type Finding, type Locale, type RelatedLocation, type Settings, type Span } from '../core';
import { expandPaths, NoMatchError } from '../platform/files';
import { readTextFile, UnreadableFileError } from './readText';
import { toSarif, type SarifInput } from './sarif';
import { cliSettings, InputError } from './settings';

/** Zero-based line and character of a span, as LSP and SARIF consumers count them. */
function toRange(document: TextDocument, span: Span): { start: Position; end: Position } {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export interface CheckOptions {
  readonly format: 'text' | 'json' | 'sarif';
  /** --locale, when given: it wins over the project file. */
  readonly locale?: Locale;
  /** The locale when neither --locale nor the project file says. */
  readonly fallbackLocale: Locale;
  readonly files: readonly string[];
  readonly maxWarnings?: number;
  /** --config FILE: this project file instead of the nearest `.plumerc.json` of each article. */
  readonly config?: string;
  readonly cwd?: string;
}

interface Checked {
  readonly file: string;
  readonly document: TextDocument;
  readonly article: Article;
  readonly settings: Settings;
  readonly summary: ArticleSummary;
  findings: (Finding & { related?: readonly RelatedLocation[] })[];
}

class CheckError extends Error {}

function fail(message: string): never {
  throw new CheckError(message);
}

function readArticle(file: string, cwd: string): string {
  try {
    return readTextFile(file === '-' ? '-' : resolve(cwd, file), file);
  } catch (error) {
    if (error instanceof UnreadableFileError) fail(error.message);
    throw error;
  }
}

/** The path the site index knows an article by: relative to the working folder, `/`-separated. */
function sitePath(file: string, cwd: string): string {
  if (file === '-') return 'stdin.md';
  return relative(cwd, resolve(cwd, file)).split(sep).join('/');
}

/** Runs the check; returns the exit code (0 fine, 1 errors or too many warnings, 2 bad usage or input). */
export function runCheck(options: CheckOptions): number {
  const cwd = options.cwd ?? process.cwd();
  try {
    let files: string[];
    try {
      files = expandPaths(options.files, cwd);
    } catch (error) {
      if (error instanceof NoMatchError) fail(error.message);
      throw error;
    }
    if (files.length === 0) fail(`no Markdown file (.md, .mdx, .markdown) in ${options.files.join(' ')}`);
    const settingsFor = cliSettings(options);

    const index = new SiteIndex();
    const checked: Checked[] = files.map((file) => {
      const settings = settingsFor(file);
      const text = readArticle(file, cwd);
      const document = TextDocument.create(`file://${resolve(cwd, file)}`, 'markdown', 0, text);
      const { article, findings } = analyze(text, settings, {
        fileName: basename(file),
        onRuleError: (ruleId, error) => process.stderr.write(`plume: rule ${ruleId} failed on ${file}: ${String(error)}\n`),
      });
      const summary = summarizeArticle(sitePath(file, cwd), article, settings);
      index.set(summary);
      return { file, document, article, settings, summary, findings: [...findings] };
    });
    // Site-wide checks compare the files given with each other.
    const fileOf = new Map(checked.map((c) => [c.summary.path, c.file]));
    for (const c of checked) c.findings.push(...checkSite(c.article, c.summary, index, c.settings));

    print(checked, options, cwd, fileOf);
    const errors = count(checked, 'error');
    const warnings = count(checked, 'warning');
    if (errors > 0) return 1;
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      process.stderr.write(`plume: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof CheckError || error instanceof InputError) {
      process.stderr.write(`plume: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function count(checked: readonly Checked[], severity: string): number {
  return checked.reduce((n, c) => n + c.findings.filter((f) => f.severity === severity).length, 0);
}

function print(checked: readonly Checked[], options: CheckOptions, cwd: string, fileOf: ReadonlyMap<string, string>): void {
  const shown = (path: string) => fileOf.get(path) ?? path;
  if (options.format === 'sarif') {
    const inputs: SarifInput[] = checked.map((c) => ({
      file: c.file,
      findings: c.findings.map((f) => {
        const range = toRange(c.document, f.span);
        return {
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          start: range.start,
          end: range.end,
          related: f.related?.map((r) => ({ file: shown(r.location.path), start: r.location.start, end: r.location.end, message: r.message })),
        };
      }),
    }));
    const locale = checked[0]?.settings.locale ?? options.fallbackLocale;
    process.stdout.write(JSON.stringify(toSarif(inputs, [...RULES.map((r) => r.meta), ...SITE_RULES], locale, PLUME_VERSION, cwd), null, 2) + '\n');
    return;
  }
  if (options.format === 'json') {
    const json = checked.map((c) => ({
      file: c.file,
      diagnostics: c.findings.map((f) => ({
        code: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: toRange(c.document, f.span),
        ...(f.related ? { related: f.related.map((r) => ({ file: shown(r.location.path), range: { start: r.location.start, end: r.location.end }, message: r.message })) } : {}),
      })),
    }));
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return;
  }
  let total = 0;
  for (const c of checked) {
    for (const f of c.findings) {
      const { start } = toRange(c.document, f.span);
      process.stdout.write(`${c.file}:${start.line + 1}:${start.character + 1}: ${f.severity} ${f.ruleId}: ${f.message}\n`);
      for (const r of f.related ?? []) process.stdout.write(`  ${shown(r.location.path)}:${r.location.start.line + 1}:${r.location.start.character + 1}: ${r.message}\n`);
      total++;
    }
  }
  process.stderr.write(`${total} problem${total === 1 ? '' : 's'} in ${checked.length} file${checked.length === 1 ? '' : 's'}\n`);
}
