import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { registerShutdownStep, SHUTDOWN_TIMEOUT_MS } from "@/lib/shutdown";
import { startWorkers, type Workers } from "./workers";

const STATE_KEY = Symbol.for("zonepress.jobs.inline");
type StateHolder = { [STATE_KEY]?: Promise<Workers | null> };

/**
 * Called once per app process by instrumentation.ts: with WORKERS=inline (the default) this
 * process also runs the job workers and stops them on SIGTERM/SIGINT; with WORKERS=off it only
 * enqueues (workers run in `npm run worker`). Idempotent. A failed start (database not reachable)
 * is logged, not thrown: the site keeps serving, and mail waits in the outbox.
 */
export function startInlineWorkers(): Promise<Workers | null> {
  const holder = globalThis as StateHolder;
  holder[STATE_KEY] ??= (async () => {
    if (env().WORKERS === "off") {
      logger.info("jobs: WORKERS=off, this process only enqueues jobs");
      return null;
    }
    try {
      const workers = await startWorkers();
      registerWorkersShutdown(workers);
      return workers;
    } catch (error) {
      logger.error({ err: error }, "jobs: workers could not start; email and jobs wait until they do");
      return null;
    }
  })();
  return holder[STATE_KEY];
}

/**
 * The workers' shutdown step: they stop taking work as soon as the signal arrives; once the HTTP
 * server has closed, running handlers get what is left of the timeout (pg-boss then fails what
 * still runs, so it is retried elsewhere). Used by the app (WORKERS=inline) and `npm run worker`.
 */
export function registerWorkersShutdown(workers: Workers): void {
  let stopping: Promise<void> | undefined;
  const stop = (timeoutMs: number) =>
    (stopping ??= workers.stop(Math.max(timeoutMs - 1_000, 500)).catch((error: unknown) => {
      logger.error({ err: error }, "jobs: stopping the workers failed; running jobs will be retried");
    }));
  registerShutdownStep({
    phase: "workers",
    name: "job workers",
    onSignal: () => void stop(SHUTDOWN_TIMEOUT_MS),
    run: (timeoutMs) => stop(timeoutMs),
  });
}
