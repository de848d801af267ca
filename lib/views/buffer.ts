// In-process view buffer (docs/architecture.md "View counting"). A page view costs one Map
// update here; lib/views/flush.ts writes the totals to the database in one batch per tick.
// Counts are kept per (article, UTC day) so a view recorded before midnight lands on that
// day's ArticleDailyView row even when the flush runs after midnight.

export interface ViewCount {
  articleId: number;
  /** UTC calendar day, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

/** The UTC calendar day of `at` as `YYYY-MM-DD` (never the server's local date). */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Distinct (article, day) pairs kept between flushes. Real traffic touches a few thousand
 * articles per tick; the cap only stops junk ids posted to the beacon from growing memory
 * without bound (the flush drops ids that are not published articles anyway).
 */
export const MAX_BUFFERED_KEYS = 50_000;

export class ViewBuffer {
  private counts = new Map<string, ViewCount>();
  private droppedSinceDrain = 0;

  constructor(private readonly maxKeys = MAX_BUFFERED_KEYS) {}

  /** Adds `count` views of `articleId` on the UTC day of `at`; false when the buffer is full. */
  record(articleId: number, at: Date = new Date(), count = 1): boolean {
    const day = utcDay(at);
    const key = `${articleId}@${day}`;
    const entry = this.counts.get(key);
    if (entry) {
      entry.count += count;
      return true;
    }
    if (this.counts.size >= this.maxKeys) {
      this.droppedSinceDrain += count;
      return false;
    }
    this.counts.set(key, { articleId, day, count });
    return true;
  }

  /**
   * Hands over everything recorded so far and starts an empty buffer, synchronously, so views
   * recorded while the batch is being written go into the new buffer and are never lost.
   */
  drain(): ViewCount[] {
    const batch = [...this.counts.values()];
    this.counts = new Map();
    this.droppedSinceDrain = 0;
    return batch;
  }

  /** Merges a batch whose write failed back in, to be retried by the next flush. */
  restore(batch: readonly ViewCount[]): void {
    for (const { articleId, day, count } of batch) {
      const key = `${articleId}@${day}`;
      const entry = this.counts.get(key);
      // Restoring ignores the cap: these views were accepted once and must not be dropped.
      if (entry) entry.count += count;
      else this.counts.set(key, { articleId, day, count });
    }
  }

  /** Views waiting to be written. */
  get pendingViews(): number {
    let total = 0;
    for (const entry of this.counts.values()) total += entry.count;
    return total;
  }

  /** Views refused since the last drain because the buffer was full. */
  get droppedViews(): number {
    return this.droppedSinceDrain;
  }
}

// Next bundles instrumentation.ts and each route handler separately, so a module-level
// singleton would exist once per bundle and the flusher would never see the beacon's views.
// One key in the process-wide symbol registry gives every bundle the same buffer.
const BUFFER_KEY = Symbol.for("zonepress.views.buffer");

type BufferHolder = { [BUFFER_KEY]?: ViewBuffer };

/** This process's view buffer, shared by every bundle that imports this module. */
export function processViewBuffer(): ViewBuffer {
  const holder = globalThis as BufferHolder;
  holder[BUFFER_KEY] ??= new ViewBuffer();
  return holder[BUFFER_KEY];
}
