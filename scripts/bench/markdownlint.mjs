// Child process: markdownlint (default rules, sync API) on one input.
import { lint } from 'markdownlint/sync';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../lib/load-core.mjs';
import { loadInputs } from './inputs.mjs';
import { args, emit, summary, timeRuns } from './stats.mjs';

const { input, warmup, runs, budget } = args();
const core = createRequire(import.meta.url)(join(repoRoot, 'out', 'core.cjs'));
const { text } = loadInputs(core).inputs.find((i) => i.id === input);
let findings = 0;
const times = timeRuns(
  () => {
    const result = lint({ strings: { doc: text } });
    findings = result.doc.length;
  },
  { warmup: Number(warmup), runs: Number(runs), budgetMs: Number(budget) },
);
emit({ ...summary(times), findings });
