// Bundles the analysis core once into out/core.cjs and loads it, so that scripts (evaluations,
// reports, benchmarks) run the same code as the product without a separate compile step.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundle.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusRoot = join(repoRoot, '..', 'shared', 'corpus');

export async function loadCore() {
  return loadBundle(`export * from './server/src/core';`, 'core');
}

/**
 * Bundles `contents` (an ES module whose imports are relative to the repository's root) into
 * out/<name>.cjs and loads it: scripts that need more than the core (the report renderer, the SERP
 * preview) run the product's own code the same way.
 */
export async function loadBundle(contents, name) {
  const outfile = join(repoRoot, 'out', `${name}.cjs`);
  await esbuild.build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts' },
    ...bundleOptions,
    outfile,
  });
  return createRequire(import.meta.url)(outfile);
}

/** Rows of a TSV file with a header line, as objects. */
export function parseTsv(text) {
  const [header, ...lines] = text.split('\n').filter((l) => l.trim() !== '');
  const keys = header.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [keys[i], v])));
}
