import { logger } from "@/lib/logger";

// Flush-on-shutdown for `next start` (and `next dev`). Next registers its own SIGINT/SIGTERM
// handler (next/dist/server/lib/start-server.js): it closes the HTTP server, waits for
// in-flight requests and after() callbacks, then calls process.exit(130/143) — without
// waiting for any other listener's async work (vercel/next.js#51404: a handler registered in
// instrumentation.ts is cut off mid-await). So on a signal we
//   1. start a flush at once (keeps what was recorded so far even if we are SIGKILLed), and
//   2. hold Next's process.exit until a final flush, which also catches views recorded by
//      requests that were still in flight, has finished or timed out.
// Without another handler (NEXT_MANUAL_SIG_HANDLE=1) we exit ourselves after the flush.

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type ShutdownSignal = keyof typeof EXIT_CODES;
const SIGNALS = Object.keys(EXIT_CODES) as ShutdownSignal[];

/** Below scripts/lib/processes.ts's 10 s grace period before it SIGKILLs the server. */
export const SHUTDOWN_FLUSH_TIMEOUT_MS = 5_000;

/** The parts of `process` this uses, so tests can drive it with a fake. */
export interface ShutdownProcess {
  on(event: ShutdownSignal, listener: (signal: ShutdownSignal) => void): unknown;
  listenerCount(event: ShutdownSignal): number;
  exit(code?: number | string | null): never;
}

export interface ShutdownFlushOptions {
  /** Flushes everything buffered so far (serialised, so calls queue behind each other). */
  flush: () => Promise<unknown>;
  /** Views still buffered, for the log line when a flush cannot finish in time. */
  pending: () => number;
  /** Runs first on a signal, e.g. to stop the periodic timer. */
  onSignal?: () => void;
  proc?: ShutdownProcess;
  timeoutMs?: number;
}

export function installShutdownFlush({
  flush,
  pending,
  onSignal,
  proc = process as unknown as ShutdownProcess,
  timeoutMs = SHUTDOWN_FLUSH_TIMEOUT_MS,
}: ShutdownFlushOptions): void {
  let signalled = false;
  let exiting = false;

  const flushInTime = async (): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    try {
      const result = await Promise.race([flush().then(() => "done" as const), timeout]);
      const left = pending();
      if (result === "timeout" || left > 0) {
        logger.error(
          { views: left, timeoutMs },
          "shutdown: buffered views could not be written and are lost",
        );
      }
    } catch (error) {
      logger.error({ err: error, views: pending() }, "shutdown: view flush failed; buffered views are lost");
    } finally {
      clearTimeout(timer);
    }
  };

  const realExit = proc.exit.bind(proc);
  const exitAfterFlush = (code?: number | string | null): void => {
    if (exiting) return;
    exiting = true;
    void flushInTime().finally(() => realExit(code));
  };

  const handle = (signal: ShutdownSignal) => {
    if (signalled) return; // shells and next dev's parent may deliver the signal twice
    signalled = true;
    onSignal?.();
    void flush().catch(() => undefined); // step 1; the final flush reports failures
    // Step 2. Our own listener is one of them; any other is Next's graceful shutdown.
    if (proc.listenerCount(signal) > 1) proc.exit = exitAfterFlush as ShutdownProcess["exit"];
    else exitAfterFlush(EXIT_CODES[signal]);
  };

  for (const signal of SIGNALS) proc.on(signal, handle);
}
