// The command line's options, parsed from argv; a `UsageError` ends the run with exit code 2.
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
  /** `assist`: the OpenAI-compatible endpoint, the model, the key's environment variable, a time-out, a line. */
  endpoint?: string;
  model?: string;
  apiKeyEnv?: string;
  timeout?: number;
  line?: number;
}

export function parseArgs(argv: string[]): Options {
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
    } else if (flag === '--endpoint' || flag === '--model' || flag === '--api-key-env') {
      const value = inline ?? rest[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${flag} takes a value`);
      if (flag === '--endpoint') options.endpoint = value;
      else if (flag === '--model') options.model = value;
      else options.apiKeyEnv = value;
    } else if (flag === '--timeout' || flag === '--line') {
      const value = inline ?? rest[++i];
      if (!/^\d+$/.test(value ?? '') || Number(value) < 1) throw new UsageError(`${flag} takes a positive whole number, not ${value ?? 'nothing'}`);
      if (flag === '--timeout') options.timeout = Number(value);
      else options.line = Number(value);
    } else if (flag === '--write' || flag === '--no-title') {
      if (flag === '--write') options.write = true;
      else options.noTitle = true;
    } else if (flag === '--force') {
      options.force = true;
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
export function envLocale(): Locale {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
