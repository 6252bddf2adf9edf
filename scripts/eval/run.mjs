// `npm run eval`: bundles scripts/eval/evaluate.ts with the analysis core (esbuild) and runs it on the
// development corpus (../shared/corpus). Extra arguments go to the evaluation (--json, --verbose).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { bundleOptions } from '../lib/bundle.mjs';

await esbuild.build({
  entryPoints: ['scripts/eval/evaluate.ts'],
  ...bundleOptions,
  outfile: 'out/eval/evaluate.js',
  sourcemap: true,
});
const result = spawnSync(process.execPath, ['--enable-source-maps', 'out/eval/evaluate.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
