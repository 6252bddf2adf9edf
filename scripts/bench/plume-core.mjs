// Child process: Plume's full analysis (parse + every rule in RULES), in process, on one input.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../lib/load-core.mjs';
import { readInput } from './inputs.mjs';
import { args, emit, summary, timeRuns } from './stats.mjs';

const { input, warmup, runs, budget } = args();
const core = createRequire(import.meta.url)(join(repoRoot, 'out', 'core.cjs'));
const settings = core.normalizeSettings({});
// The detector is loaded once per process by the server too; its load is measured by the start-up row.
core.preloadLanguageDetector();
const text = readInput(input);
let findings = 0;
const times = timeRuns(() => (findings = core.analyze(text, settings).findings.length), { warmup: Number(warmup), runs: Number(runs), budgetMs: Number(budget) });
emit({ ...summary(times), rules: core.RULES.length, findings });
