// The command line's dispatch: each subcommand lives in its own file beside this one.
import { envLocale, parseArgs, UsageError, type Options } from './args';
import { runCheck } from './check';
import { readText } from './readText';
import { printStats } from './stats';
import { runFix } from './fix';
import { printOutline } from './outline';
import { describeTexts } from './describe';
import { printTitles } from './titles';
import { cliSettings, InputError, type SettingsOf } from './settings';
import { runInit } from './init';
import { SiteConventionFiles, type SiteConventionSource } from '../platform/siteConventionFiles';
import { runAssist } from './assist';

const USAGE = `Plume ${PLUME_VERSION} — SEO checks for French articles in Markdown

Usage:
  plume check [--format text|json|sarif] [--locale fr|en] [--max-warnings N] [--config FILE] PATH...
      PATH: a file, a folder (its .md, .mdx and .markdown files) or a quoted glob ('content/**/*.md');
      node_modules and what .gitignore excludes are skipped in folders and globs.
  plume stats --format json FILE...
  plume outline [--format text|json] FILE   subheadings « insert subheadings » would add
  plume describe [--all] FILE               the meta description « generate » would write (--all: the three candidates)
  plume titles [--format text|json] FILE    3 to 5 title proposals under 600 px
  plume fix [--write] [--no-title] FILE...   remove pasted debris, make real lists, fix typography (and keep the French part of a mixed title)
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
const COMMANDS: Record<string, (options: Options, settingsOf: SettingsOf, sites: SiteConventionSource) => number | Promise<number>> = {
  assist(options) {
    return runAssist(options, options.locale ?? envLocale()).catch((error: unknown) => {
      if (error instanceof UsageError) return usageFailure(error);
      process.stderr.write(`plume: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    });
  },
  check(options) {
    return runCheck({ ...options, fallbackLocale: envLocale() });
  },
  stats(options, settingsOf, sites) {
    printStats(options.files, settingsOf, sites);
    return 0;
  },
  outline(options, settingsOf) {
    if (options.files.length !== 1) throw new UsageError('outline takes one file');
    if (options.format === 'sarif') throw new UsageError('outline takes --format text or json');
    printOutline(readText(options.files[0]), settingsOf(options.files[0]), options.format);
    return 0;
  },
  describe(options, settingsOf) {
    if (options.files.length !== 1) throw new UsageError('describe takes one file');
    const descriptions = describeTexts(readText(options.files[0]), settingsOf(options.files[0]));
    const shown = options.all ? descriptions : descriptions.slice(0, 1);
    if (options.format === 'json') process.stdout.write(JSON.stringify(shown, null, 2) + '\n');
    else process.stdout.write((shown.length > 0 ? shown.join('\n') : '') + '\n');
    return descriptions.length > 0 ? 0 : 1;
  },
  titles(options, settingsOf) {
    if (options.files.length !== 1) throw new UsageError('titles takes one file');
    if (options.format === 'sarif') throw new UsageError('titles takes --format text or json');
    return printTitles(readText(options.files[0]), settingsOf(options.files[0]), options.format);
  },
  fix(options, settingsOf) {
    return runFix({ files: options.files, write: options.write === true, title: options.noTitle !== true }, settingsOf, readText);
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
    const sites = new SiteConventionFiles(process.cwd());
    return command(options, cliSettings({ config: options.config, locale: options.locale, fallbackLocale: envLocale(), sites }), sites);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`plume: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) return usageFailure(error);
    process.stderr.write(`plume: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
