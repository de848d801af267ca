// Timing and ordering of saves, apart from React so they can be tested with fake timers.

/**
 * Autosave timing: a save runs `quietMs` after the last change, and at the latest `maxWaitMs`
 * after the first unsaved change, so a long typing streak is still saved every few seconds.
 */
export class SaveScheduler {
  private quiet: ReturnType<typeof setTimeout> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly run: () => void,
    private readonly quietMs = 2_000,
    private readonly maxWaitMs = 10_000,
  ) {}

  /** Something changed: (re)start the quiet timer, start the deadline if none is running. */
  changed(): void {
    clearTimeout(this.quiet);
    this.quiet = setTimeout(this.fire, this.quietMs);
    this.deadline ??= setTimeout(this.fire, this.maxWaitMs);
  }

  /** Try again later after a failed save (no deadline: nothing new was typed). */
  retryLater(delayMs = 10_000): void {
    this.cancel();
    this.quiet = setTimeout(this.fire, delayMs);
  }

  cancel(): void {
    clearTimeout(this.quiet);
    clearTimeout(this.deadline);
    this.quiet = undefined;
    this.deadline = undefined;
  }

  private readonly fire = (): void => {
    this.cancel();
    this.run();
  };
}

/**
 * Runs tasks one at a time in the order they were queued. Saves go through one queue so that
 * each carries the version the previous one returned: two overlapping saves from one tab would
 * otherwise conflict with each other.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
