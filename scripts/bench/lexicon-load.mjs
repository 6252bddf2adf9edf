// Bundles scripts/bench/lexicon-load.ts with the lexicon as shipped and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { bundleOptions } from '../lib/bundle.mjs';

await esbuild.build({ entryPoints: ['scripts/bench/lexicon-load.ts'], ...bundleOptions, outfile: 'out/bench/lexicon-load.js' });
const result = spawnSync(process.execPath, ['out/bench/lexicon-load.js'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
