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

// The Node product's bundles (dist/server-main.js, dist/cli.js) leave the French lexicon out: it is 4.7 MB
// of their 8.6 MB, and only code actions use it, never the rules, so the server's start (which reads,
// keys and compiles its whole bundle: platform/codeCache.ts) has no use for it. The bundles require it
// from the file beside them on first use (core/french/lexicon/lexicon.ts), which `lexiconModuleBuild`
// writes. The web worker, the tests and the scripts keep it inlined (one file, or none to ship).
export const LEXICON_FILE = 'lexicon.js';
export const nodeProductPlugins = [eldSubsetPlugin(), lexiconPlugin({ external: `./${LEXICON_FILE}` })];

/** The build of `outdir`/lexicon.js: the module `plume-french-lexicon` alone, as CommonJS, no source map. */
export function lexiconModuleBuild(outdir) {
  return {
    ...bundleOptions,
    stdin: { contents: "export { LEXICON_DATA } from 'plume-french-lexicon';", resolveDir: repoRoot, loader: 'js', sourcefile: 'plume-french-lexicon' },
    outfile: join(outdir, LEXICON_FILE),
  };
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
