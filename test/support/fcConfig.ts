// Replayable property runs: the seed is printed at start; PLUME_FC_SEED replays a run and PLUME_FC_RUNS
// scales every property (the CI bound is the default; by hand, e.g. PLUME_FC_RUNS=2000).
import fc from 'fast-check';

const envSeed = Number.parseInt(process.env.PLUME_FC_SEED ?? '', 10);
export const seed = Number.isFinite(envSeed) ? envSeed : Math.floor(Math.random() * 0x7fffffff);
const envRuns = Number.parseInt(process.env.PLUME_FC_RUNS ?? '', 10);

/** Parameters for `fc.assert`: `ciRuns` by default, PLUME_FC_RUNS when set; same seed everywhere. */
export function params(ciRuns: number, name: string): fc.Parameters<unknown> {
  const numRuns = Number.isFinite(envRuns) && envRuns > 0 ? envRuns : ciRuns;
  console.log(`[fast-check] ${name}: seed ${seed}, ${numRuns} runs (replay: PLUME_FC_SEED=${seed} PLUME_FC_RUNS=${numRuns})`);
  return { seed, numRuns, endOnFailure: false };
}

/** Whether `offset` falls between the two halves of a surrogate pair (or between CR and LF). */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}
