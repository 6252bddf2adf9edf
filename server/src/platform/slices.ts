// Lets a long computation on the server's only thread pause so that the messages waiting behind it
// (hover, code actions, cancellation, the next keystroke) are handled first. Node: `setImmediate`
// runs after the pending I/O callbacks; a web worker has only timers.

/** Resolves once the event loop has handled what was waiting. */
export type YieldToEventLoop = () => Promise<void>;

/** A hop that took longer than this ran something else: there may be more behind it (ms). */
const QUIET_HOP_MS = 0.15;
/** At most this many hops per pause: a busy loop must not starve the computation. */
const MAX_HOPS = 8;

const hop: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : // A web worker has no setImmediate; a zero timer also lets the waiting messages go first.
      () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Hops until one hop ran nothing else. A request is answered in several turns of the event loop
 * (vscode-jsonrpc reads a message in one `setImmediate`, writes the answer in another): resumed
 * after the first hop, the computation would hold the answer back by one more slice (~20 ms measured
 * for a hover during a book's analysis, against under 1 ms when idle).
 */
export const yieldToEventLoop: YieldToEventLoop = async () => {
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const started = performance.now();
    await hop();
    if (performance.now() - started < QUIET_HOP_MS) return;
  }
};
