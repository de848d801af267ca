import { logger } from "@/lib/logger";

// Stopping the workers on SIGTERM/SIGINT. The stop starts at once (no new jobs, no new
// deliveries). Under `next start`, Next has its own handler that closes the server and then
// calls process.exit without waiting for anyone (see lib/views/shutdown.ts), so that exit is
// held until the workers have stopped or the timeout passed. Alone (`npm run worker`) we exit
// ourselves. The exit is read at signal time, so a hold installed earlier (the view flush, which
// instrumentation.ts starts first) is chained, not skipped.

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof EXIT_CODES;

/** Below scripts/lib/processes.ts's 10 s grace period before it SIGKILLs the server. */
export const WORKER_STOP_TIMEOUT_MS = 6_000;

export interface SignalProcess {
  on(event: Signal, listener: (signal: Signal) => void): unknown;
  listenerCount(event: Signal): number;
  exit(code?: number | string | null): never;
}

export function stopOnSignal(
  stop: (timeoutMs: number) => Promise<void>,
  { proc = process as unknown as SignalProcess, timeoutMs = WORKER_STOP_TIMEOUT_MS } = {},
): void {
  let stopping: Promise<void> | undefined;

  const handle = (signal: Signal) => {
    if (stopping) return; // shells and next dev's parent may deliver the signal twice
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        logger.error({ timeoutMs }, "jobs: workers did not stop in time; running jobs will be retried");
        resolve();
      }, timeoutMs);
    });
    const stopped = stop(timeoutMs - 500).catch((error: unknown) =>
      logger.error({ err: error }, "jobs: stopping the workers failed"),
    );
    stopping = Promise.race([stopped, deadline]).finally(() => clearTimeout(timer));

    if (proc.listenerCount(signal) > 1) {
      const exitAfterwards = proc.exit.bind(proc);
      let exiting = false;
      proc.exit = ((code?: number | string | null) => {
        if (exiting) return;
        exiting = true;
        void stopping!.finally(() => exitAfterwards(code));
      }) as SignalProcess["exit"];
    } else {
      void stopping.finally(() => proc.exit(EXIT_CODES[signal]));
    }
  };

  for (const signal of Object.keys(EXIT_CODES) as Signal[]) proc.on(signal, handle);
}
