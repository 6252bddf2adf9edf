// `plume init [FOLDER]`: writes a commented `.plumerc.json` from what Plume detects of the site there
// (its generator's configuration, else its articles), so that a team shares one configuration.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeConventions, PROJECT_CONFIG_NAME, writeProjectFile, type Locale } from '../core';
import { SiteConventionFiles } from '../platform/siteConventionFiles';

export function runInit(folder: string, locale: Locale, force: boolean): number {
  const dir = resolve(folder);
  const target = join(dir, PROJECT_CONFIG_NAME);
  if (existsSync(target) && !force) {
    process.stderr.write(`plume: ${target} exists; --force replaces it\n`);
    return 1;
  }
  const { conventions } = new SiteConventionFiles(dir).forDir(dir);
  writeFileSync(target, writeProjectFile(conventions, locale));
  const lines = describeConventions(conventions, locale);
  process.stdout.write(`${target}\n${lines.map((l) => `  ${l}\n`).join('')}`);
  return 0;
}
