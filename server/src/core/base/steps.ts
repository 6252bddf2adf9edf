// Work in slices: a long computation written as a generator pauses (`yield`) at points where a caller
// on an event loop may answer other messages before resuming it; the caller decides whether to pause
// (the language server does so once the slice has held the thread for a few milliseconds).

/**
 * A computation that pauses between slices and returns `T` at its end. Each pause yields the name of
 * the work it interrupts or ends (`parse`, a rule's id), for the measurements that time each part.
 */
export type Steps<T> = Generator<string, T, void>;

/** Runs the computation to its end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
