// The esbuild options every bundle of Plume's code shares: the product (esbuild.mjs), the tests, and
// the scripts that run the core (evaluations, reports, benchmarks), so that all of them run the same code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eldSubsetPlugin } from './eld-subset.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // The assistant's prompts are French text files, bundled as strings.
  loader: { '.txt': 'text' },
  define: { PLUME_VERSION: JSON.stringify(pkg.version) },
  external: ['vscode'],
  // eld exports its entries for `import` only; the core loads it lazily with `require`.
  alias: { 'eld/extrasmall': join(repoRoot, 'node_modules', 'eld', 'src', 'entries', 'static.extrasmall.js') },
  // The detector's database reduced to Plume's candidate languages (see eld-subset.mjs).
  plugins: [eldSubsetPlugin()],
};
