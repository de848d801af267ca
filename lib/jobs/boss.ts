import "server-only";
import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { QUEUES, type QueueName } from "./queues";

// One pg-boss per process, on the app's own database (pg-boss keeps its tables in the `pgboss`
// schema and creates or migrates it itself, under an advisory lock, so any number of processes
// may start at once). Kept on globalThis: Next bundles instrumentation.ts and the route
// handlers separately, and both must share the instance (and its connection pool).

/** A queue by its key in QUEUES (`"deliverEmail"`) or by its pg-boss name (`"deliver-email"`). */
export type QueueRef = QueueName | (typeof QUEUES)[QueueName];

export interface SendJobOptions {
  /** Not before this time (pg-boss polls, so a job runs within a couple of seconds after it). */
  startAfter?: Date;
  /** pg-boss's singleton key; it only deduplicates on queues with a singleton-style policy. */
  singletonKey?: string;
}

/** Retries of a failed handler: 3 more tries after 30 s, 60 s, 120 s; a run may take 15 minutes. */
const QUEUE_OPTIONS = {
  retryLimit: 3,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
} as const;

interface BossState {
  boss?: Promise<PgBoss>;
  /** Set by startWorkers before the first getBoss(): this process runs handlers and cron. */
  runsWorkers?: boolean;
}
const STATE_KEY = Symbol.for("zonepress.jobs.boss");
function state(): BossState {
  const holder = globalThis as { [STATE_KEY]?: BossState };
  return (holder[STATE_KEY] ??= {});
}

/** pg-boss's name of a queue. */
export function queueName(queue: QueueRef): string {
  return queue in QUEUES ? QUEUES[queue as QueueName] : queue;
}

/**
 * Marks this process as one that runs workers, so its pg-boss also does maintenance and fires
 * cron schedules. An enqueue-only process (WORKERS=off) leaves both to the worker processes.
 */
export function markWorkerProcess(): void {
  if (state().boss && !state().runsWorkers) {
    throw new Error("pg-boss was started for enqueueing only; start the workers before sending jobs");
  }
  state().runsWorkers = true;
}

/**
 * Creates the queues that do not exist yet. pg-boss makes a table partition per queue, and two
 * processes creating the same queue at once can deadlock in PostgreSQL (seen with two workers
 * starting together); the loser retries and then finds the queue there.
 */
async function createQueues(boss: PgBoss): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    const missing = Object.values(QUEUES).filter((name) => !existing.has(name));
    try {
      for (const name of missing) await boss.createQueue(name, { name, ...QUEUE_OPTIONS });
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 40P01 deadlock, 23505 unique violation, 42P07 table exists: another process won the race.
      if (attempt >= 5 || !["40P01", "23505", "42P07"].includes(code ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

async function startBoss(runsWorkers: boolean): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl(),
    application_name: "zonepress-jobs",
    max: 4,
    supervise: runsWorkers,
    schedule: runsWorkers,
  });
  // Without a listener an "error" event (a lost connection while polling) would end the process.
  boss.on("error", (error) => logger.error({ err: error }, "jobs: pg-boss error"));
  try {
    await boss.start();
    await createQueues(boss);
  } catch (error) {
    // Stops what did start (timers, pool) when queue creation failed after a good start.
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  return boss;
}

/** The started pg-boss of this process with every queue of QUEUES created (started once). */
export function getBoss(): Promise<PgBoss> {
  const current = state();
  if (!current.boss) {
    const starting = startBoss(current.runsWorkers ?? false);
    current.boss = starting;
    // A failed start (database down) must not poison every later call.
    starting.catch(() => {
      if (state().boss === starting) delete state().boss;
    });
  }
  return current.boss;
}

/** Enqueues a job; returns its id (null when pg-boss refused it as a duplicate singleton). */
export async function sendJob(
  queue: QueueRef,
  data: object,
  options: SendJobOptions = {},
): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(queueName(queue), data, {
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
  });
}

/** Cancels a job that has not run yet; a job that already ran or is unknown is left alone. */
export async function cancelJob(queue: QueueRef, id: string): Promise<void> {
  const boss = await getBoss();
  await boss.cancel(queueName(queue), id);
}

/**
 * Stops this process's pg-boss: workers stop fetching, running handlers get up to `timeoutMs`
 * to finish (pg-boss then fails what is still running, so it is retried elsewhere), and the pool
 * is closed. The next getBoss() starts a new one.
 */
export async function stopBoss(timeoutMs = 5_000): Promise<void> {
  const current = state();
  const starting = current.boss;
  if (!starting) return;
  delete current.boss;
  const boss = await starting.catch(() => null);
  await boss?.stop({ graceful: true, timeout: timeoutMs, wait: true });
}
