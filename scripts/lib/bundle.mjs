// The esbuild options every bundle of Plume's code shares: the product (esbuild.mjs), the tests, and
// the scripts that run the core (evaluations, reports, benchmarks), so that all of them run the same code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eldSubsetPlugin } from './eld-subset.mjs';
import { lexiconPlugin } from './lexicon-data.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // The assistant's prompts (French text files) and the spelling dictionaries (.aff, .dic), bundled as strings.
  loader: { '.txt': 'text', '.aff': 'text', '.dic': 'text' },
  define: { PLUME_VERSION: JSON.stringify(pkg.version) },
  external: ['vscode'],
  // eld exports its entries for `import` only; the core loads it lazily with `require`.
  alias: {
    'eld/extrasmall': join(repoRoot, 'node_modules', 'eld', 'src', 'entries', 'static.extrasmall.js'),
    // The spelling dictionaries' files, bundled as text (the packages export only ESM loaders that read
    // them from disk); the core requires them on first use (core/french/spelling/dictionary.ts).
    'dictionary-fr/index.aff': join(repoRoot, 'node_modules', 'dictionary-fr', 'index.aff'),
    'dictionary-fr/index.dic': join(repoRoot, 'node_modules', 'dictionary-fr', 'index.dic'),
    'dictionary-en/index.aff': join(repoRoot, 'node_modules', 'dictionary-en', 'index.aff'),
    'dictionary-en/index.dic': join(repoRoot, 'node_modules', 'dictionary-en', 'index.dic'),
  },
  // The detector's database reduced to Plume's candidate languages (see eld-subset.mjs).
  // The French lexicon, front-coded from the Lefff-derived packages (see lexicon-data.mjs).
  plugins: [eldSubsetPlugin(), lexiconPlugin()],
};

// The Node product's bundles (dist/server-main.js, dist/cli.js) leave out the modules of data that the
// core requires on first use and that the first diagnostics never need: the server's start reads,
// keys and compiles its whole bundle (platform/codeCache.ts), and V8 scans every string literal of a
// script it compiles without a cache. The French lexicon (4.7 MB) serves only code actions, never the
// rules; the spelling dictionaries (1.6 MB and 0.6 MB) and the language detector (0.3 MB) are loaded
// after the first diagnostics (core/french/lazyData.ts). Each becomes a file beside the bundles, which
// their `require` reaches on first use (`separateModuleBuilds` writes them). The web worker, the tests
// and the scripts keep everything inlined (one file, or none to ship).
const spelling = join(repoRoot, 'server', 'src', 'core', 'french', 'spelling');
export const SEPARATE_MODULES = [
  { file: 'lexicon.js', spec: 'plume-french-lexicon' },
  { file: 'dictionary-fr.js', spec: './data', importer: join(spelling, 'dictionary.ts'), entry: join(spelling, 'data.ts') },
  { file: 'dictionary-en.js', spec: './dataEn', importer: join(spelling, 'dictionary.ts'), entry: join(spelling, 'dataEn.ts') },
  { file: 'language-detector.js', spec: 'eld/extrasmall' },
];

/** Leaves each of SEPARATE_MODULES as a `require` of its file, relative to the bundle. */
function separateModulesPlugin() {
  return {
    name: 'plume-separate-modules',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        const m = SEPARATE_MODULES.find((s) => s.spec === args.path && (!s.importer || s.importer === args.importer));
        return m ? { path: `./${m.file}`, external: true } : undefined;
      });
    },
  };
}

export const nodeProductPlugins = [separateModulesPlugin(), ...bundleOptions.plugins];

/**
 * The builds of SEPARATE_MODULES' files in `outdir`: each module alone, as CommonJS, no source map.
 * Their exports are copied into a plain object: esbuild's `export *` makes each export a getter, a
 * function of the file's script, and a live function keeps its script's source in memory beside the
 * string literal parsed from it (the data twice: the French dictionary's 1.5 MB of source, the lexicon's 4.7 MB).
 */
export function separateModuleBuilds(outdir) {
  return SEPARATE_MODULES.map((m) => ({
    ...bundleOptions,
    stdin: { contents: `module.exports = Object.assign({}, require(${JSON.stringify(m.entry ?? m.spec)}));`, resolveDir: repoRoot, loader: 'js', sourcefile: m.file },
    outfile: join(outdir, m.file),
  }));
}

// The browser builds (vscode.dev, github.dev, code-server's web worker host): the client as CommonJS, as
// VS Code web loads a `browser` entry (it provides `require('vscode')`), the server as a classic web
// worker script. The core needs only `node:path`'s POSIX half (site links), given by path-browserify;
// any other Node built-in fails the build instead of failing in the browser.
const pathBrowserify = join(repoRoot, 'node_modules', 'path-browserify', 'index.js');
export const browserBundleOptions = {
  ...bundleOptions,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  alias: { ...bundleOptions.alias, 'node:path': pathBrowserify, path: pathBrowserify },
  // path-browserify reads process.cwd() only for relative paths, which Plume never resolves there.
  define: { ...bundleOptions.define, 'process.env.NODE_ENV': '"production"' },
};
