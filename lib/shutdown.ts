import { logger } from "@/lib/logger";

// The one graceful shutdown of a process (docs/operations.md "Graceful shutdown").
//
// Under `next start` (and `next dev`) Next registers its own SIGINT/SIGTERM handler
// (next/dist/server/lib/start-server.js): it closes the HTTP server, waits for in-flight requests
// and after() callbacks, then calls process.exit(130/143) without waiting for any other listener's
// async work (vercel/next.js#51404: a handler registered in instrumentation.ts is cut off
// mid-await). So on a signal we
//   1. run every step's `onSignal` at once (stop timers, flush what is buffered, stop taking
//      jobs), which keeps what it can even if we are SIGKILLed later, and
//   2. hold Next's process.exit until every step's `run` has finished, one after the other in
//      phase order: views are flushed (including those of requests that were still in flight),
//      the job workers stop, then Redis clients and finally the database pools are closed.
// Without another handler (`npm run worker`, NEXT_MANUAL_SIG_HANDLE=1) the steps run at once and
// we exit ourselves. Whatever happens, the process exits `timeoutMs` after the signal.

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type ShutdownSignal = keyof typeof EXIT_CODES;
const SIGNALS = Object.keys(EXIT_CODES) as ShutdownSignal[];

/** The order steps run in: nothing may need a connection that an earlier phase closed. */
export const SHUTDOWN_PHASES = ["views", "workers", "redis", "database"] as const;
export type ShutdownPhase = (typeof SHUTDOWN_PHASES)[number];

export interface ShutdownStep {
  phase: ShutdownPhase;
  /** For log lines, e.g. "view flush". */
  name: string;
  /** Runs synchronously as soon as the signal arrives, while requests still drain. */
  onSignal?: () => void;
  /** Runs once the HTTP server has closed; gets the milliseconds left before the hard exit. */
  run: (timeoutMs: number) => Promise<unknown>;
}

/** From the signal to the exit at the latest; below scripts/lib/processes.ts's 10 s SIGKILL. */
export const SHUTDOWN_TIMEOUT_MS = 8_000;

/** The parts of `process` this uses, so tests can drive it with a fake. */
export interface ShutdownProcess {
  on(event: ShutdownSignal, listener: (signal: ShutdownSignal) => void): unknown;
  listenerCount(event: ShutdownSignal): number;
  exit(code?: number | string | null): never;
}

export interface Shutdown {
  /** Adds a step; steps of one phase run in the order they were added. */
  register(step: ShutdownStep): void;
}

export function createShutdown({
  proc = process as unknown as ShutdownProcess,
  timeoutMs = SHUTDOWN_TIMEOUT_MS,
}: { proc?: ShutdownProcess; timeoutMs?: number } = {}): Shutdown {
  const steps: ShutdownStep[] = [];
  let signalled = false;
  let exiting = false;
  let exited = false;
  const realExit = proc.exit.bind(proc);
  const exitOnce = (code?: number | string | null) => {
    if (exited) return;
    exited = true;
    realExit(code);
  };

  const runSteps = async (deadline: number): Promise<void> => {
    const ordered = SHUTDOWN_PHASES.flatMap((phase) => steps.filter((step) => step.phase === phase));
    for (const step of ordered) {
      const left = deadline - Date.now();
      if (left <= 0) {
        logger.error({ step: step.name }, "shutdown: no time left; step skipped");
        continue;
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), left);
      });
      try {
        const result = await Promise.race([step.run(left).then(() => "done" as const), timeout]);
        if (result === "timeout")
          logger.error({ step: step.name, timeoutMs: left }, "shutdown: step timed out");
      } catch (error) {
        logger.error({ err: error, step: step.name }, "shutdown: step failed");
      } finally {
        clearTimeout(timer);
      }
    }
  };

  const handle = (signal: ShutdownSignal) => {
    if (signalled) return; // shells and next dev's parent may deliver the signal twice
    signalled = true;
    const deadline = Date.now() + timeoutMs;
    logger.info({ signal, timeoutMs }, "shutdown: started");
    for (const step of steps) {
      try {
        step.onSignal?.();
      } catch (error) {
        logger.error({ err: error, step: step.name }, "shutdown: step failed");
      }
    }
    // Requests that never end must not keep the process up past the deadline.
    const hardStop = setTimeout(() => {
      logger.error({ timeoutMs }, "shutdown: did not finish in time; exiting anyway");
      exitOnce(EXIT_CODES[signal]);
    }, timeoutMs);
    const exitAfterSteps = (code?: number | string | null): void => {
      if (exiting) return;
      exiting = true;
      void runSteps(deadline).finally(() => {
        clearTimeout(hardStop);
        logger.info("shutdown: finished");
        exitOnce(code);
      });
    };
    // Our own listener is one of them; any other is Next's graceful shutdown, which calls exit.
    if (proc.listenerCount(signal) > 1) proc.exit = exitAfterSteps as ShutdownProcess["exit"];
    else exitAfterSteps(EXIT_CODES[signal]);
  };

  for (const signal of SIGNALS) proc.on(signal, handle);
  return { register: (step) => void steps.push(step) };
}

const STATE_KEY = Symbol.for("zonepress.shutdown");

/**
 * Adds a step to this process's shutdown, installing it on first use. Kept on globalThis:
 * Next bundles instrumentation.ts and route code separately, and there must be one handler.
 */
export function registerShutdownStep(step: ShutdownStep): void {
  const holder = globalThis as { [STATE_KEY]?: Shutdown };
  (holder[STATE_KEY] ??= createShutdown()).register(step);
}
