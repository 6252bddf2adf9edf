// Bundles the analysis core (server/src/core/index.ts) with esbuild into out/scripts/core.cjs and loads
// it, so that scripts (generate, corpus report, benchmark) run the same code as the product.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

export async function loadCore() {
  const outfile = resolve('out/scripts/core.cjs');
  await esbuild.build({
    entryPoints: ['server/src/core/index.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    alias: { 'eld/extrasmall': './node_modules/eld/src/entries/static.extrasmall.js' },
  });
  return createRequire(import.meta.url)(outfile);
}
