import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, collectMetrics, computeScore, identifyTitleLanguage, normalizeSettings, type Locale, type Settings } from './core';
import { runCheck } from './cli/check';
import { readTextFile, UnreadableFileError } from './cli/readText';
import { runFix } from './fix';
import { printOutline } from './cliOutline';
import { describeText } from './cliDescribe';

const USAGE = `Plume ${PLUME_VERSION} — SEO checks for French articles in Markdown

Usage:
  plume check [--format text|json|sarif] [--locale fr|en] [--max-warnings N] [--config FILE] PATH...
      PATH: a file, a folder (its .md, .mdx and .markdown files) or a quoted glob ('content/**/*.md');
      node_modules and what .gitignore excludes are skipped in folders and globs.
  plume stats --format json FILE...
  plume outline [--format text|json] FILE   subheadings « insert subheadings » would add
  plume describe FILE                       the meta description « generate » would write
  plume fix [--write] [--no-title] FILE...   fix typography (and keep the French part of a mixed title)
  plume --help | --version

Exit codes: 0 nothing at error level, 1 something at error level (or more warnings than --max-warnings),
2 bad usage, unreadable file or invalid .plumerc.json.
`;

export class UsageError extends Error {}

export interface Options {
  command: string;
  format: 'text' | 'json' | 'sarif';
  locale?: Locale;
  maxWarnings?: number;
  config?: string;
  files: string[];
  write?: boolean;
  noTitle?: boolean;
}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  const options: Options = { command: command ?? '', format: 'text', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--format') {
      const value = inline ?? rest[++i];
      if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`--format takes text, json or sarif, not ${value ?? 'nothing'}`);
      options.format = value;
    } else if (flag === '--max-warnings') {
      const value = inline ?? rest[++i];
      if (!/^\d+$/.test(value ?? '')) throw new UsageError(`--max-warnings takes a whole number, not ${value ?? 'nothing'}`);
      options.maxWarnings = Number(value);
    } else if (flag === '--config') {
      const value = inline ?? rest[++i];
      if (!value) throw new UsageError('--config takes a file');
      options.config = value;
    } else if (flag === '--locale') {
      const value = inline ?? rest[++i];
      if (value !== 'fr' && value !== 'en') throw new UsageError(`--locale takes fr or en, not ${value ?? 'nothing'}`);
      options.locale = value;
    } else if (flag === '--write' || flag === '--no-title') {
      if (flag === '--write') options.write = true;
      else options.noTitle = true;
    } else if (flag === '--') {
      options.files.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      options.files.push(arg);
    }
  }
  return options;
}

/** The locale of the messages: --locale, else the environment's language, else French. */
function envLocale(): Locale {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function readText(file: string): string {
  try {
    return readTextFile(file);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UsageError(error.message);
    throw error;
  }
}

function printStats(files: string[], settings: Settings): void {
  const stats = files.map((file) => {
    const text = readText(file);
    const document = TextDocument.create(`file://${file}`, 'markdown', 0, text);
    const { article, findings } = analyze(text, settings, { fileName: basename(file) });
    const title = article.title?.text;
    return {
      file,
      title: title ?? null,
      titleLanguage: title ? identifyTitleLanguage(title).language : null,
      words: article.bodyWordCount,
      headings: article.headings.map((h) => ({ level: h.level, text: h.text, line: document.positionAt(h.span.start).line })),
      score: computeScore(findings, settings).score,
      metrics: collectMetrics(article, settings, settings.locale, basename(file)),
    };
  });
  process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
}

/** The subcommands; each returns the exit code. */
const COMMANDS: Record<string, (options: Options, settings: Settings) => number> = {
  check(options, settings) {
    return runCheck({ ...options, fallbackLocale: settings.locale });
  },
  stats(options, settings) {
    printStats(options.files, settings);
    return 0;
  },
  outline(options, settings) {
    if (options.files.length !== 1) throw new UsageError('outline takes one file');
    if (options.format === 'sarif') throw new UsageError('outline takes --format text or json');
    printOutline(readText(options.files[0]), settings, options.format);
    return 0;
  },
  describe(options, settings) {
    if (options.files.length !== 1) throw new UsageError('describe takes one file');
    const description = describeText(readText(options.files[0]), settings);
    process.stdout.write(description + '\n');
    return description ? 0 : 1;
  },
  fix(options, settings) {
    return runFix({ files: options.files, write: options.write === true, title: options.noTitle !== true }, settings, readText);
  },
};

export function main(argv: string[]): number {
  let options: Options;
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      process.stdout.write(`${PLUME_VERSION}\n`);
      return 0;
    }
    options = parseArgs(argv);
    const command = COMMANDS[options.command];
    if (!command) throw new UsageError(`unknown command ${options.command}`);
    if (options.files.length === 0) throw new UsageError(`${options.command} needs at least one file`);
    return command(options, normalizeSettings({}, options.locale ?? envLocale()));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`plume: ${error.message}\n${error.message.startsWith('cannot read') ? '' : "Run 'plume --help' for usage.\n"}`);
      return 2;
    }
    process.stderr.write(`plume: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

// A reader that stops early (`plume check … | head`) closes the pipe: stop quietly, as Unix tools do,
// instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
