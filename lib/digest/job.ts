import "server-only";
import { z } from "zod";
import { purgeUnconfirmed } from "@/lib/db/subscription-confirmations";
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
