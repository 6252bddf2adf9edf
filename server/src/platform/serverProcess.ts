// How clients start the server process (the VS Code extension, and the benchmark to measure the same).
// V8's young generation grows to 2 × 16 MB by default; the server's garbage is short-lived and small,
// and 4 MB semi-spaces cut ~20 MB off its resident memory without slowing the analysis (measured on the
// 700-word article: peak RSS 105 → 86 MB, keystroke p50 unchanged). V8 takes it only on the command line.
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

// Set by the server itself at start (dist/server.js, serverLauncher.ts), whatever started it (VS Code,
// Neovim, a bare `node dist/server.js --stdio`): V8 reads this flag at each full collection. After a
// full collection V8 lets the old generation grow up to 4 × what survived before the next one (on a
// machine with memory to spare); each keystroke in a long document promotes tens of MB of short-lived
// analysis data, so with the book (~100 MB live) the process swelled to ~500 MB between collections.
// 1.5 × bounds it at ~240 MB (1.3 ×: ~220 MB, but in process the book's keystroke then took ~1.5 × as
// long, the collector running twice as often). It caps nothing: a 20 MB document can still use all the
// memory V8 allows (the limit, --max-old-space-size, is left alone).
//
// --no-regexp-tier-up: V8 first compiles each regular expression to bytecode, then again to machine code
// once it has run; the rules' big `\p{L}` expressions thus compile twice during the first analysis.
// Compiled once, straight to machine code: start → first diagnostics on the article 303 → 260 ms wall,
// 285 → 248 ms of CPU (median of 12, load 2.3, out/startcpu.mjs alternating builds); the analysis
// after that is unchanged within noise (time-analysis.mjs 100: 8.8–9.4 vs 9.6–10.8 ms on the example,
// 57–66 vs 64 ms on the longest; time-keystrokes.mjs book 40: median 66–92 vs 82–87 ms, load 0.2–2.6).
export const SERVER_RUNTIME_V8_FLAGS: readonly string[] = ['--heap-growing-percent=50', '--no-regexp-tier-up'];
