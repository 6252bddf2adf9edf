// The one way to get the settings of an article from its sources: the command line, the language
// server and the tests all call resolveSettings, so that a project file means the same everywhere.
import type { Locale } from '../base/i18n';
import { mergeConfig, overlayConfig } from './projectConfig';
import { normalizeSettings, type Settings } from './settings';

export interface SettingsSources {
  /** The site's detected conventions as settings (`conventionsToConfig`): the lowest layer. */
  readonly conventions?: Record<string, unknown>;
  /** The project file's values (`.plumerc.json` or the command line's `--config`), parsed. */
  readonly project?: Record<string, unknown>;
  /** The editor's `plume` section as the client sends it (every key, defaults included). */
  readonly editor?: unknown;
  /** A locale that wins over every file (the command line's `--locale`). */
  readonly locale?: Locale;
  /** The locale when no source names one (the client's display language, the environment's). */
  readonly fallbackLocale?: Locale;
}

/**
 * The settings in force: the site's conventions, the project file over them, the editor's values that
 * differ from their defaults, then `locale`.
 */
export function resolveSettings(sources: SettingsSources): Settings {
  const project = sources.conventions ? overlayConfig(sources.conventions, sources.project ?? {}) : sources.project;
  const merged = mergeConfig(project, sources.editor);
  return normalizeSettings(sources.locale ? { ...merged, locale: sources.locale } : merged, sources.fallbackLocale);
}
