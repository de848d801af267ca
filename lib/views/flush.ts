import { logger } from "@/lib/logger";
import type { ViewBuffer, ViewCount } from "./buffer";

/** Writes one batch additively (`count = count + n`); throws when nothing was written. */
export type ViewWriter = (batch: ViewCount[]) => Promise<void>;

export type FlushOutcome =
  | { status: "empty" }
  | { status: "written"; views: number; rows: number }
  | { status: "failed"; views: number; rows: number; error: unknown };

export interface ViewFlusher {
  /**
   * Writes what the buffer holds. Calls are serialised: a flush asked for while another runs
   * starts when that one ends, so a batch is never written twice and shutdown can await
   * "everything recorded so far is in the database".
   */
  flush(): Promise<FlushOutcome>;
  /** True while a flush is writing (the periodic tick skips instead of queueing behind it). */
  readonly busy: boolean;
}

function totalViews(batch: readonly ViewCount[]): number {
  return batch.reduce((sum, entry) => sum + entry.count, 0);
}

export function createViewFlusher(buffer: ViewBuffer, write: ViewWriter): ViewFlusher {
  let tail: Promise<unknown> = Promise.resolve();
  let running = 0;

  async function flushOnce(): Promise<FlushOutcome> {
    const dropped = buffer.droppedViews;
    // Swap first: views recorded while the write is in flight go to the fresh buffer.
    const batch = buffer.drain();
    if (dropped > 0) logger.warn({ dropped }, "view buffer was full; some views were not counted");
    if (batch.length === 0) return { status: "empty" };
    const views = totalViews(batch);
    try {
      await write(batch);
      return { status: "written", views, rows: batch.length };
    } catch (error) {
      // The write is one statement/transaction, so a failure wrote nothing: put it all back.
      buffer.restore(batch);
      logger.error({ err: error, views, rows: batch.length }, "view flush failed; will retry");
      return { status: "failed", views, rows: batch.length, error };
    }
  }

  return {
    flush() {
      running += 1;
      const result = tail.then(flushOnce).finally(() => {
        running -= 1;
      });
      tail = result.catch(() => undefined);
      return result;
    },
    get busy() {
      return running > 0;
    },
  };
}
