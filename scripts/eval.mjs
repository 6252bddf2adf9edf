// `npm run eval`: bundles scripts/evaluate.ts with the analysis core (esbuild) and runs it on the
// development corpus (../shared/corpus). Extra arguments go to the evaluation (--json, --verbose).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { eldSubsetPlugin } from './lib/eld-subset.mjs';
import { lexiconPlugin } from './lib/lexicon-data.mjs';

await esbuild.build({
  entryPoints: ['scripts/evaluate.ts'],
  outfile: 'out/eval/evaluate.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { PLUME_VERSION: '"eval"' },
  alias: { 'eld/extrasmall': './node_modules/eld/src/entries/static.extrasmall.js' },
  plugins: [eldSubsetPlugin(), lexiconPlugin()], // the detector's database as shipped
});
const result = spawnSync(process.execPath, ['--enable-source-maps', 'out/eval/evaluate.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
