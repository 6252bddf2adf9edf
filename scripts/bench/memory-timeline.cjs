// A preload for the language server (`--require`): samples the process's memory every 25 ms and writes
// the sample with the highest RSS, and one sample a second, to MEMSAMPLE_OUT (JSON), so that a peak can
// be placed in time and split into heap spaces. With the benchmark:
//   MEMSAMPLE_OUT=/tmp/memory.json PLUME_BENCH_SERVER_FLAGS="--require ./scripts/bench/memory-timeline.cjs" \
//     node scripts/bench/lsp.mjs --input book --edits 200 --warmup 2 --starts 0 --gap 100 --requests 0
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const fs = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const v8 = require('node:v8');

const out = process.env.MEMSAMPLE_OUT || 'memory-timeline.json';
const mb = (bytes) => Math.round(bytes / 1e6);
const started = Date.now();
const timeline = [];
let peak = { rss: 0 };
setInterval(() => {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_size)]));
  const row = { t: Date.now() - started, rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), ...spaces };
  if (timeline.length === 0 || row.t - timeline[timeline.length - 1].t >= 1000) timeline.push(row);
  if (row.rss > peak.rss) peak = row;
  // Written each time: the benchmark ends the server with `exit`, no hook runs after that.
  fs.writeFileSync(out, JSON.stringify({ peak, timeline }));
}, 25).unref();
