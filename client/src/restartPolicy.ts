// When the language server dies, restart it a few times, then give up and tell the writer once.
// Pure (no vscode import) so that the policy is unit-tested.

export interface RestartDecision {
  readonly restart: boolean;
  /** True exactly once: the first time the policy gives up. */
  readonly notify: boolean;
}

export class RestartPolicy {
  private readonly crashes: number[] = [];
  private notified = false;

  /** At most `maxRestarts` restarts within any `windowMs`. */
  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Called when the connection to the server closed unexpectedly, at time `now` (ms). */
  closed(now: number): RestartDecision {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    if (this.crashes.length <= this.maxRestarts) return { restart: true, notify: false };
    const notify = !this.notified;
    this.notified = true;
    return { restart: false, notify };
  }

  /** After a manual restart (the command), the count starts again. */
  reset(): void {
    this.crashes.length = 0;
  }
}
