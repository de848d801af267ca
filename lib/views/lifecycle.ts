import { writeViewCounts } from "@/lib/db/views";
import { logger } from "@/lib/logger";
import { registerShutdownStep } from "@/lib/shutdown";
import { processViewBuffer } from "./buffer";
import { viewConfig } from "./config";
import { createViewFlusher, type ViewFlusher } from "./flush";

// Started once per server process by instrumentation.ts. Each instance flushes only its own
// buffer and every write is additive, so any number of instances can run side by side.

const STATE_KEY = Symbol.for("zonepress.views.flushing");
type StateHolder = { [STATE_KEY]?: ViewFlusher };

/**
 * Starts the periodic flush of this process's view buffer (every VIEW_FLUSH_INTERVAL_MS) and
 * the flush on SIGTERM/SIGINT. Idempotent: a second call (dev reloads) returns the first flusher.
 */
export function startViewFlushing(): ViewFlusher {
  const holder = globalThis as StateHolder;
  const existing = holder[STATE_KEY];
  if (existing) return existing;

  const { flushIntervalMs } = viewConfig();
  const buffer = processViewBuffer();
  const flusher = createViewFlusher(buffer, (batch) => writeViewCounts(batch));
  holder[STATE_KEY] = flusher;

  const timer = setInterval(() => {
    // A slow database must not stack flushes up; the next tick takes whatever accumulated.
    if (!flusher.busy) void flusher.flush();
  }, flushIntervalMs);
  timer.unref(); // the flush timer alone never keeps the process alive

  // On a signal: stop the timer and write what is buffered at once; once Next has drained the
  // in-flight requests, write what they recorded too (lib/shutdown.ts).
  registerShutdownStep({
    phase: "views",
    name: "view flush",
    onSignal: () => {
      clearInterval(timer);
      void flusher.flush().catch(() => undefined); // the final flush reports failures
    },
    run: async () => {
      await flusher.flush();
      if (buffer.pendingViews > 0)
        logger.error(
          { views: buffer.pendingViews },
          "shutdown: buffered views could not be written and are lost",
        );
    },
  });
  logger.info({ flushIntervalMs }, "view counting: periodic flush started");
  return flusher;
}
