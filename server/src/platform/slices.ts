// Lets a long computation on the server's only thread pause so that the messages waiting behind it
// (hover, code actions, cancellation, the next keystroke) are handled first. Node: `setImmediate`
// runs after the pending I/O callbacks; a web worker has only timers.

/** Resolves once the event loop has handled what was waiting. */
export type YieldToEventLoop = () => Promise<void>;

export const yieldToEventLoop: YieldToEventLoop =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : // A web worker has no setImmediate; a zero timer also lets the waiting messages go first.
      () => new Promise((resolve) => setTimeout(resolve, 0));
