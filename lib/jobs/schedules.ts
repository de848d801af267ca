import { DIGEST_CRON } from "@/lib/digest/job";
import type { QueueName } from "./queues";

export interface JobSchedule {
  /** Five-field cron expression, evaluated in `tz` (UTC unless given). */
  cron: string;
  tz?: string;
  data?: object;
}

// The one list of recurring jobs. pg-boss fires each schedule once per occurrence across all
// worker processes. A queue without an entry here has its schedule removed when workers start.
export const JOB_SCHEDULES: Partial<Record<QueueName, JobSchedule>> = {
  // The sweep: retries whose time has come, claims left behind by a stopped worker, and anything
  // committed while no worker was listening. New messages do not wait for it (NOTIFY wakes us).
  deliverEmail: { cron: "* * * * *" },
  // pg-boss keeps one schedule per queue: the daily run also sends the weekly digests on Mondays.
  digest: { cron: DIGEST_CRON },
};
