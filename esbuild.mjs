// Bundles the extension (client), the language server and the command line into dist/; with
// --tests, also bundles every test file into out/ for node's test runner.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { asciiOutputs } from './scripts/lib/ascii-output.mjs';
import { browserBundleOptions, bundleOptions, nodeProductPlugins, SEPARATE_MODULES, separateModuleBuilds } from './scripts/lib/bundle.mjs';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

const common = {
  ...bundleOptions,
  sourcemap: !production,
  minify: production,
};

// A production build starts clean so no stale source map ends up in the package.
if (production) rmSync('dist', { recursive: true, force: true });

const browser = { ...browserBundleOptions, sourcemap: !production, minify: production };

const builds = [
  esbuild.build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist' }),
  // The server and the CLI require their data (the lexicon, the dictionaries, the language detector)
  // from files beside them on first use (bundle.mjs).
  esbuild.build({ ...common, plugins: nodeProductPlugins, entryPoints: { server: 'server/src/serverLauncher.ts', 'server-main': 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
  ...separateModuleBuilds('dist').map((options) => esbuild.build({ ...options, minify: production })),
  // The web extension (package.json `browser`): the client and the server's web worker, in dist/web/.
  esbuild.build({ ...browser, format: 'cjs', entryPoints: { client: 'client/src/browser.ts' }, outdir: 'dist/web' }),
  esbuild.build({ ...browser, format: 'iife', entryPoints: { server: 'server/src/serverBrowser.ts' }, outdir: 'dist/web' }),
];

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

if (withTests) {
  const unit = [...findTests('server/src'), ...findTests('test/unit'), ...findTests('test/protocol'), ...findTests('test/cli'), ...findTests('test/corpus')];
  builds.push(esbuild.build({ ...common, sourcemap: true, entryPoints: unit, outdir: 'out', outbase: '.' }));
  const e2e = findTests('test/e2e');
  if (e2e.length > 0) {
    // mocha stays external: it is loaded from node_modules inside the extension host.
    builds.push(esbuild.build({ ...common, sourcemap: true, external: ['vscode', 'mocha'], entryPoints: ['test/e2e/index.ts', ...e2e], outdir: 'out/e2e', outbase: 'test/e2e' }));
  }
}

await Promise.all(builds);
// The bundles V8 keeps the source of in memory: all ASCII, so that it is held as one byte a character.
asciiOutputs(['dist/server-main.js', 'dist/cli.js', ...SEPARATE_MODULES.map((m) => `dist/${m.file}`), 'dist/web/server.js']);
