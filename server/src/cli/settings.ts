// The settings of each file the command line reads, the same way for every command: the `--config`
// file or the nearest `.plumerc.json` over the site's detected conventions, `--locale` over both, the environment's language otherwise.
import { resolve } from 'node:path';
import type { Locale, Settings } from '../core';
import { SettingsResolver } from '../platform/projectConfigFiles';
import { SiteConventionFiles, type SiteConventionSource } from '../platform/siteConventionFiles';

/** An input the command cannot use (an invalid project file): exit code 2, no usage hint. */
export class InputError extends Error {}

/** The settings of the file as the user named it (`-` is standard input, read in the working folder). */
export type SettingsOf = (file: string) => Settings;

export interface CliSettingsOptions {
  readonly config?: string;
  readonly locale?: Locale;
  readonly fallbackLocale: Locale;
  readonly cwd?: string;
  /** The site conventions' lookup (shared with `plume stats`, which prints them); one of its own else. */
  readonly sites?: SiteConventionSource;
}

export function cliSettings(options: CliSettingsOptions): SettingsOf {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new SettingsResolver({
    configFile: options.config !== undefined ? resolve(cwd, options.config) : undefined,
    sites: options.sites ?? new SiteConventionFiles(cwd),
  });
  return (file) => {
    const { settings, error } = resolver.forFile(resolve(cwd, file === '-' ? 'stdin.md' : file), {
      locale: options.locale,
      fallbackLocale: options.fallbackLocale,
    });
    if (error) throw new InputError(error);
    return settings;
  };
}
