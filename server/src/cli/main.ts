// The command line's dispatch: each subcommand lives in its own file beside this one.
import { normalizeSettings, type Settings } from '../core';
import { envLocale, parseArgs, UsageError, type Options } from './args';
import { runCheck } from './check';
import { readText } from './readText';
import { printStats } from './stats';
import { runFix } from './fix';
import { printOutline } from './outline';
import { describeText } from './describe';
import { runInit } from './init';
import { runAssist } from './assist';

const USAGE = `Plume ${PLUME_VERSION} — SEO checks for French articles in Markdown

Usage:
  plume check [--format text|json|sarif] [--locale fr|en] [--max-warnings N] [--config FILE] PATH...
      PATH: a file, a folder (its .md, .mdx and .markdown files) or a quoted glob ('content/**/*.md');
      node_modules and what .gitignore excludes are skipped in folders and globs.
  plume stats --format json FILE...
  plume outline [--format text|json] FILE   subheadings « insert subheadings » would add
  plume describe FILE                       the meta description « generate » would write
  plume fix [--write] [--no-title] FILE...   fix typography (and keep the French part of a mixed title)
  plume init [--force] [FOLDER]             write a commented .plumerc.json from the site's detected conventions
  plume assist title|description|translate|expand|headings|rephrase [--endpoint URL] [--model NAME]
        [--api-key-env VAR] [--timeout SECONDS] [--line N] [--format text|json] [--write] FILE
      proposals of an OpenAI-compatible model (endpoint also from .plumerc.json "assistant.endpoint"),
      printed only when they pass Plume's checks; --write applies the first (every heading for headings)
  plume --help | --version

Exit codes: 0 nothing at error level, 1 something at error level (or more warnings than --max-warnings),
2 bad usage, unreadable file or invalid .plumerc.json. assist: 1 when the model fails or nothing passes,
2 when no endpoint is given.
`;

/** The subcommands; each returns the exit code. */
const COMMANDS: Record<string, (options: Options, settings: Settings) => number | Promise<number>> = {
  assist(options, settings) {
    return runAssist(options, settings.locale).catch((error: unknown) => {
      if (error instanceof UsageError) return usageFailure(error);
      process.stderr.write(`plume: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    });
  },
  check(options, settings) {
    return runCheck({ ...options, fallbackLocale: settings.locale });
  },
  stats(options, settings) {
    printStats(options.files, settings, options.locale ? { locale: options.locale } : {});
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

function usageFailure(error: UsageError): number {
  process.stderr.write(`plume: ${error.message}\n${error.message.startsWith('cannot read') ? '' : "Run 'plume --help' for usage.\n"}`);
  return 2;
}

export function main(argv: string[]): number | Promise<number> {
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
    if (options.command === 'init') {
      if (options.files.length > 1) throw new UsageError('init takes one folder');
      return runInit(options.files[0] ?? '.', options.locale ?? envLocale(), options.force === true);
    }
    const command = COMMANDS[options.command];
    if (!command) throw new UsageError(`unknown command ${options.command}`);
    if (options.files.length === 0) throw new UsageError(`${options.command} needs at least one file`);
    return command(options, normalizeSettings({}, options.locale ?? envLocale()));
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error);
    process.stderr.write(`plume: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
