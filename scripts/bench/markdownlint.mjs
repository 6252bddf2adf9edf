// Child process: markdownlint (default rules, sync API) on one input.
import { lint } from 'markdownlint/sync';
import { readInput } from './inputs.mjs';
import { args, emit, summary, timeRuns } from './stats.mjs';

const { input, warmup, runs, budget } = args();
const text = readInput(input);
let findings = 0;
const times = timeRuns(
  () => {
    const result = lint({ strings: { doc: text } });
    findings = result.doc.length;
  },
  { warmup: Number(warmup), runs: Number(runs), budgetMs: Number(budget) },
);
emit({ ...summary(times), findings });
