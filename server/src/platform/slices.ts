// Lets a long computation on the server's only thread pause so that the messages waiting behind it
// (hover, code actions, cancellation, the next keystroke) are handled first. Node: `setImmediate`
// runs after the pending I/O callbacks; a browser build can use a MessageChannel in the same place.

/** Resolves once the event loop has handled what was waiting. */
export type YieldToEventLoop = () => Promise<void>;

export const yieldToEventLoop: YieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));
