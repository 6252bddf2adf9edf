import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fixArticle } from '../core';
import type { SettingsOf } from './settings';

export interface FixCommandOptions {
  readonly files: readonly string[];
  readonly write: boolean;
  readonly title: boolean;
}

/**
 * `plume fix [--write] [--no-title] FILE...`: applies fix-all (typography) and keeps the French part of
 * a mixed title; prints the fixed text (one file) or writes each file in place with --write.
 */
export function runFix(options: FixCommandOptions, settingsOf: SettingsOf, readText: (file: string) => string): number {
  if (!options.write && options.files.length > 1) {
    process.stderr.write('plume: fix prints one file; use --write to fix several files in place\n');
    return 2;
  }
  for (const file of options.files) {
    const text = readText(file);
    const result = fixArticle(text, settingsOf(file), { fileName: basename(file), title: options.title });
    const counts = Object.entries(result.perRule)
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ');
    if (options.write) {
      if (result.text !== text) writeFileSync(file, result.text, 'utf8');
    } else {
      process.stdout.write(result.text);
    }
    process.stderr.write(`${file}: ${result.edits.length} fix${result.edits.length === 1 ? '' : 'es'}${counts ? ` (${counts})` : ''}\n`);
  }
  return 0;
}
