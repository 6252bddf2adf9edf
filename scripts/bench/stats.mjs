// Timing helpers shared by the benchmark's child processes. Every child prints one JSON line.

/** Calls `f` `warmup` times, then `runs` times timed; returns sorted durations in ms. */
export function timeRuns(f, { warmup, runs, budgetMs = Infinity }) {
  for (let i = 0; i < warmup; i++) f();
  const times = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
    if (performance.now() - started > budgetMs) break; // slow tools: fewer runs, said in the output
  }
  return times.sort((a, b) => a - b);
}

/** The value at quantile q of sorted numbers (nearest rank). */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summary(sorted) {
  return { n: sorted.length, median: quantile(sorted, 0.5), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), p95: quantile(sorted, 0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** A small seeded generator (mulberry32): the same edits on every run. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arguments `--key value` of a child process. */
export function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  return out;
}

export function emit(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
