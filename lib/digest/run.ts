import "server-only";
import { deliverDigest, listDigestRecipients } from "@/lib/db/digests";
import { logger } from "@/lib/logger";
import type { Frequency } from "@/lib/subscriptions/schemas";
import { enqueueDigest } from "./enqueue";

const BATCH = 200;

export interface DigestRunResult {
  frequency: Frequency;
  runAt: string;
  /** Addresses handled in this run (with or without something new). */
  recipients: number;
  /** Digests written to the outbox. */
  sent: number;
  articles: number;
  /** Addresses whose digest failed; they stay due and the next run (or retry) takes them. */
  failed: number;
}

/**
 * Writes the `frequency` digests of the run at `runAt` to the outbox, one transaction per
 * address. A failure for one address is logged and the others go on; the caller decides whether
 * to retry (the job does). Running it again for the same `runAt` only takes up the addresses
 * not done yet; a later `runAt` only finds articles published since.
 */
export async function runDigest(frequency: Frequency, runAt: Date): Promise<DigestRunResult> {
  const result: DigestRunResult = {
    frequency,
    runAt: runAt.toISOString(),
    recipients: 0,
    sent: 0,
    articles: 0,
    failed: 0,
  };
  let after: string | null = null;
  for (;;) {
    const batch = await listDigestRecipients(frequency, runAt, after, BATCH);
    for (const email of batch) {
      try {
        const articles = await deliverDigest(email, frequency, runAt, (tx, digest) =>
          enqueueDigest(tx, digest, runAt),
        );
        result.recipients += 1;
        if (articles > 0) {
          result.sent += 1;
          result.articles += articles;
        }
      } catch (error) {
        result.failed += 1;
        logger.error(
          { event: "digest.recipient_failed", frequency, err: error },
          "digest failed for a recipient",
        );
      }
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!;
  }
  logger.info({ event: "digest.run", ...result }, "digest run finished");
  return result;
}
