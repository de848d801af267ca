import "server-only";
import { z } from "zod";
import { listActiveDigestJobs } from "@/lib/db/digests";
import { purgeUnconfirmed } from "@/lib/db/subscription-confirmations";
import { logger } from "@/lib/logger";
import { FREQUENCIES, type Frequency } from "@/lib/subscriptions/schemas";
import { runDigest, type DigestRunResult } from "./run";

// The digest job. pg-boss keeps one cron schedule per queue, so one daily schedule drives both
// frequencies: every run sends the daily digests, and the run on Monday the weekly ones too.

/** Digests go out at this hour (UTC) every day; weekly ones on Mondays. */
export const DIGEST_HOUR_UTC = 7;
export const DIGEST_CRON = `0 ${DIGEST_HOUR_UTC} * * *`;
const WEEKLY_DAY = 1; // Monday, as Date#getUTCDay counts

const jobDataSchema = z
  .object({
    /** Only this frequency (on-demand runs); otherwise what the schedule says is due. */
    frequency: z.enum(FREQUENCIES).optional(),
    /** The run's cut-off time (ISO); otherwise the latest scheduled time. */
    runAt: z.iso.datetime().optional(),
  })
  .nullish();

/**
 * The latest scheduled time at or before `now`. A retry of a failed run (pg-boss retries within
 * minutes) gets the same cut-off as the first try, so the addresses the first try finished are
 * not due again and get no second email that day.
 */
export function scheduledRunAt(now: Date): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (slot.getTime() > now.getTime()) slot.setUTCDate(slot.getUTCDate() - 1);
  return slot;
}

export function dueFrequencies(runAt: Date): Frequency[] {
  return runAt.getUTCDay() === WEEKLY_DAY ? ["DAILY", "WEEKLY"] : ["DAILY"];
}

/** The queue's handler: throws when some address failed, so pg-boss retries the run. */
export async function handleDigestJob(data: unknown): Promise<void> {
  const parsed = jobDataSchema.parse(data) ?? {};
  const runAt = parsed.runAt ? new Date(parsed.runAt) : scheduledRunAt(new Date());
  const frequencies = parsed.frequency ? [parsed.frequency] : dueFrequencies(runAt);
  await purgeUnconfirmed(runAt);
  const results: DigestRunResult[] = [];
  for (const frequency of frequencies) results.push(await runDigest(frequency, runAt));
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  if (failed > 0) throw new Error(`Digests failed for ${failed} addresses; retrying the run`);
}

/**
 * At worker start: a digest run pg-boss still counts as running may belong to a process that
 * died (pg-boss records no owner, and would wait out the job's 15-minute expiry). Each is run
 * again at once with the same cut-off; that is safe even when its owner is alive, since runs
 * are idempotent per address (deliverDigest locks the address and a second run finds it done).
 */
export async function resumeInterruptedDigestRuns(
  queue: string,
  send: (data: { frequency?: Frequency; runAt: string }) => Promise<unknown>,
): Promise<number> {
  const active = await listActiveDigestJobs(queue);
  for (const job of active) {
    const parsed = jobDataSchema.safeParse(job.data);
    const data = parsed.success ? (parsed.data ?? {}) : {};
    const runAt = data.runAt ?? scheduledRunAt(job.startedOn).toISOString();
    await send({ ...(data.frequency ? { frequency: data.frequency } : {}), runAt });
    logger.warn({ event: "digest.resumed", jobId: job.id, runAt }, "digest run resumed at worker start");
  }
  return active.length;
}
