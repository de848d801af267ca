import "server-only";
import { listenForOutboxMessages } from "@/lib/db/outbox-listener";
import { resumeInterruptedDigestRuns } from "@/lib/digest/job";
import { deliverOutbox, stopOutboxDelivery } from "@/lib/email/delivery";
import { logger } from "@/lib/logger";
import { getBoss, markWorkerProcess, stopBoss } from "./boss";
import { JOB_HANDLERS } from "./handlers";
import { QUEUES, type QueueName } from "./queues";
import { JOB_SCHEDULES } from "./schedules";

// The workers of one process (the app with WORKERS=inline, or `npm run worker`). Any number of
// processes may run them side by side: pg-boss hands each job to one worker (SKIP LOCKED), fires
// each cron occurrence once, and outbox messages are claimed the same way.

export interface Workers {
  /** Stops taking work, lets running handlers finish (up to `timeoutMs`), closes connections. */
  stop(timeoutMs?: number): Promise<void>;
}

const POLLING_INTERVAL_SECONDS = 2;

export async function startWorkers(): Promise<Workers> {
  markWorkerProcess();
  const boss = await getBoss();
  const queues = Object.keys(QUEUES) as QueueName[];

  for (const queue of queues) {
    const handler = JOB_HANDLERS[queue];
    if (!handler) continue;
    await boss.work(QUEUES[queue], { pollingIntervalSeconds: POLLING_INTERVAL_SECONDS }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data);
        } catch (error) {
          logger.error({ err: error, queue: QUEUES[queue], jobId: job.id }, "jobs: handler failed");
          throw error; // pg-boss retries it (lib/jobs/boss.ts QUEUE_OPTIONS)
        }
      }
    });
  }
  for (const queue of queues) {
    const schedule = JOB_SCHEDULES[queue];
    if (schedule && JOB_HANDLERS[queue]) {
      await boss.schedule(QUEUES[queue], schedule.cron, schedule.data ?? {}, { tz: schedule.tz ?? "UTC" });
    } else {
      await boss.unschedule(QUEUES[queue]);
    }
  }

  await resumeInterruptedDigestRuns(QUEUES.digest, (data) => boss.send(QUEUES.digest, data));

  const runDelivery = () => {
    deliverOutbox().catch((error: unknown) => logger.error({ err: error }, "email: delivery run failed"));
  };
  // Connecting also runs a delivery: whatever was committed while no worker listened goes now.
  const listener = listenForOutboxMessages(runDelivery);
  logger.info(
    { queues: queues.filter((queue) => JOB_HANDLERS[queue]).map((queue) => QUEUES[queue]) },
    "jobs: workers started",
  );

  return {
    async stop(timeoutMs = 5_000) {
      await listener.stop();
      const delivery = stopOutboxDelivery();
      await stopBoss(timeoutMs);
      await delivery;
      logger.info("jobs: workers stopped");
    },
  };
}
