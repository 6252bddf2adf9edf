// The command line's options, parsed from argv; a `UsageError` ends the run with exit code 2.
import { parseArgs as parseNodeArgs } from 'node:util';
import type { Locale } from '../core';

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
  force?: boolean;
  all?: boolean;
  /** `assist`: the OpenAI-compatible endpoint, the model, the key's environment variable, a time-out, a line. */
  endpoint?: string;
  model?: string;
  apiKeyEnv?: string;
  timeout?: number;
  line?: number;
}

const OPTIONS = {
  format: { type: 'string' },
  'max-warnings': { type: 'string' },
  config: { type: 'string' },
  locale: { type: 'string' },
  write: { type: 'boolean' },
  'no-title': { type: 'boolean' },
  all: { type: 'boolean' },
  force: { type: 'boolean' },
  endpoint: { type: 'string' },
  model: { type: 'string' },
  'api-key-env': { type: 'string' },
  timeout: { type: 'string' },
  line: { type: 'string' },
} as const;

/** What each option takes, for the message when its value is missing. */
const TAKES: Record<string, string> = {
  format: 'text, json or sarif',
  'max-warnings': 'a whole number',
  config: 'a file',
  locale: 'fr or en',
  endpoint: 'a value',
  model: 'a value',
  'api-key-env': 'a value',
  timeout: 'a positive whole number',
  line: 'a positive whole number',
};

function parse(args: string[]) {
  try {
    return parseNodeArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[-\w]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option}`);
    const name = option.replace(/^-+/, '');
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && TAKES[name]) throw new UsageError(`--${name} takes ${TAKES[name]}, not nothing`);
    throw new UsageError(message);
  }
}

/** The command line's options (node's parseArgs: `--flag value`, `--flag=value`, `--` ends the options). */
export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  const { values, positionals } = parse(rest);
  const options: Options = { command: command ?? '', format: 'text', files: positionals };
  if (values.format !== undefined) {
    if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') throw new UsageError(`--format takes text, json or sarif, not ${values.format}`);
    options.format = values.format;
  }
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number, not ${values['max-warnings']}`);
    options.maxWarnings = Number(values['max-warnings']);
  }
  if (values.config !== undefined) {
    if (!values.config) throw new UsageError('--config takes a file');
    options.config = values.config;
  }
  if (values.locale !== undefined) {
    if (values.locale !== 'fr' && values.locale !== 'en') throw new UsageError(`--locale takes fr or en, not ${values.locale}`);
    options.locale = values.locale;
  }
  for (const [flag, key] of [['endpoint', 'endpoint'], ['model', 'model'], ['api-key-env', 'apiKeyEnv']] as const) {
    const value = values[flag];
    if (value === undefined) continue;
    if (!value) throw new UsageError(`--${flag} takes a value`);
    options[key] = value;
  }
  for (const flag of ['timeout', 'line'] as const) {
    const value = values[flag];
    if (value === undefined) continue;
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${flag} takes a positive whole number, not ${value}`);
    options[flag] = Number(value);
  }
  if (values.write) options.write = true;
  if (values['no-title']) options.noTitle = true;
  if (values.all) options.all = true;
  if (values.force) options.force = true;
  return options;
}

/** The locale of the messages: --locale, else the environment's language, else French. */
export function envLocale(): Locale {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
