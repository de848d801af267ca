import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { z } from "zod";
import { db } from "./client";
import { Prisma, type EmailStatus } from "./generated/client";

// The transactional email outbox (DESIGN.md §3 `EmailMessage`). A message is written in the
// transaction of the change that causes it, so it exists exactly when that change committed;
// workers deliver it afterwards (lib/email/delivery.ts). Timestamps compared in SQL use the
// database clock in UTC, the way Prisma stores `DateTime` in these `timestamp(3)` columns.

/** NOTIFY channel: a committed message wakes the workers at once (a rolled back one never does). */
export const OUTBOX_CHANNEL = "zonepress_email_outbox";

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers such as List-Unsubscribe; the addressing headers are set by delivery. */
  headers?: Record<string, string>;
  /** What kind of mail this is ("confirmation", "digest", …), shown in the outbox. */
  kind?: string;
  /** Enqueueing twice with the same key writes one message (e.g. "digest:daily:<email>:<day>"). */
  dedupeKey?: string;
  /** Not before this time. */
  sendAfter?: Date;
}

/** Headers delivery sets itself; a message may not override them. */
const RESERVED_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "bcc",
  "subject",
  "date",
  "message-id",
  "sender",
  "content-type",
  "content-transfer-encoding",
  "mime-version",
]);

/** A header name delivery may pass through; the reason it may not otherwise. */
function headerNameProblem(name: string): string | null {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(name)) return "header names are letters, digits and dashes";
  if (RESERVED_HEADERS.has(name.toLowerCase())) return "delivery sets this header itself";
  return null;
}

const outgoingSchema = z.object({
  to: z.email().max(320),
  subject: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[^\r\n]*$/, "one line"),
  html: z.string().max(1_000_000),
  text: z.string().min(1).max(500_000),
  headers: z
    .record(
      z.string(),
      z
        .string()
        .max(2_000)
        .regex(/^[^\r\n]*$/, "one line"),
    )
    .superRefine((headers, ctx) => {
      for (const name of Object.keys(headers)) {
        const problem = headerNameProblem(name);
        if (problem) ctx.addIssue({ code: "custom", message: problem, path: [name] });
      }
    })
    .default({}),
  kind: z.string().min(1).max(40).default("transactional"),
  dedupeKey: z.string().min(1).max(300).optional(),
  sendAfter: z.date().optional(),
});

/** Thrown for a message the code built wrongly (a bug, never user input): nothing is written. */
export class InvalidEmailError extends Error {
  constructor(issues: string) {
    super(`Invalid outgoing email: ${issues}`);
    this.name = "InvalidEmailError";
  }
}

/**
 * Writes the message in the caller's transaction and, on commit, wakes the workers.
 * Returns null when a message with the same dedupeKey already exists (then nothing is written,
 * and the caller's transaction is not aborted: the insert skips the duplicate).
 */
export async function enqueueEmail(
  tx: Prisma.TransactionClient,
  message: OutgoingEmail,
): Promise<{ id: number } | null> {
  const parsed = outgoingSchema.safeParse(message);
  if (!parsed.success) {
    throw new InvalidEmailError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    );
  }
  const { to, subject, html, text, headers, kind, dedupeKey, sendAfter } = parsed.data;
  const [created] = await tx.emailMessage.createManyAndReturn({
    data: [{ to, subject, html, text, headers, kind, dedupeKey, ...(sendAfter ? { sendAfter } : {}) }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!created) return null;
  await notifyOutbox(tx, created.id);
  return { id: created.id };
}

/**
 * Wakes the workers when `tx` commits: NOTIFY is transactional, PostgreSQL delivers it on
 * commit and drops it on rollback.
 */
export async function notifyOutbox(tx: Prisma.TransactionClient, id: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, ${String(id)})`;
}

// --- Delivery (workers) ------------------------------------------------------------------

const UTC_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** This process's name on its claims; unique per process, even for a restarted pid. */
export const WORKER_ID = `${os.hostname().slice(0, 24)}-${process.pid}-${randomBytes(4).toString("hex")}`;
/**
 * The outbox listener's connection carries this application_name (lib/db/outbox-listener.ts):
 * PostgreSQL ends a dead process's sessions at once, so a claim whose worker has no such session
 * any more belongs to a process that is gone.
 */
export const LIVE_WORKER_PREFIX = "zonepress-outbox ";
export const workerApplicationName = () => `${LIVE_WORKER_PREFIX}${WORKER_ID}`;

const IN_DOUBT =
  "In doubt: the worker stopped while sending this message, so it may or may not have arrived; " +
  "it is not sent again (resend it from the outbox if the recipient did not get it)";

export interface InDoubtEmail {
  id: number;
  to: string;
  kind: string;
}

/**
 * Settles the claims of workers that are gone: such a message was handed to SMTP or about to be,
 * and nothing tells which, so it becomes FAILED with an "in doubt" error and is never sent again
 * (at most once). Claims of live workers, and this process's own, are left to their lease.
 */
export async function settleOrphanedClaims(): Promise<InDoubtEmail[]> {
  return db.$queryRaw<InDoubtEmail[]>`
    UPDATE "EmailMessage" SET status = 'FAILED', "lastError" = ${IN_DOUBT}
    WHERE status = 'SENDING' AND "claimedBy" IS NOT NULL AND "claimedBy" <> ${WORKER_ID}
      AND "claimedBy" NOT IN (
        SELECT substr(application_name, ${LIVE_WORKER_PREFIX.length + 1}) FROM pg_stat_activity
        WHERE application_name LIKE ${`${LIVE_WORKER_PREFIX}%`})
    RETURNING id, "to", kind`;
}

export interface ClaimedEmail {
  id: number;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  /** This attempt's number (1 for the first). */
  attempt: number;
  createdAt: Date;
}

export interface ClaimOptions {
  /** At most this many messages. */
  limit: number;
  /** How long the claim holds; a worker that dies meanwhile leaves the message to be reclaimed. */
  leaseSeconds: number;
  maxAttempts: number;
}

/**
 * Claims due messages for this worker: PENDING ones whose time has come and SENDING ones whose
 * claim ran out (their worker stopped mid-delivery). Each becomes SENDING with its attempt
 * counted and its `sendAfter` moved to the end of the lease. SKIP LOCKED lets concurrent
 * workers claim disjoint sets, so no message is handed to two workers at once. A SENDING one
 * whose worker is gone is not among them: settleOrphanedClaims takes it first.
 */
export async function claimDueEmails({
  limit,
  leaseSeconds,
  maxAttempts,
}: ClaimOptions): Promise<ClaimedEmail[]> {
  // A message whose worker died on its last attempt gets no further one.
  await db.$executeRaw`
    UPDATE "EmailMessage" SET status = 'FAILED', "lastError" = ${INTERRUPTED_ON_LAST_ATTEMPT}
    WHERE status = 'SENDING' AND "sendAfter" <= ${UTC_NOW} AND attempts >= ${maxAttempts}`;
  const rows = await db.$queryRaw<(Omit<ClaimedEmail, "attempt"> & { attempts: number })[]>`
    WITH due AS (
      SELECT id FROM "EmailMessage"
      WHERE status IN ('PENDING', 'SENDING') AND "sendAfter" <= ${UTC_NOW} AND attempts < ${maxAttempts}
      ORDER BY "sendAfter", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "EmailMessage" m
    SET status = 'SENDING', attempts = m.attempts + 1,
        "sendAfter" = ${UTC_NOW} + make_interval(secs => ${leaseSeconds}::int), "claimedBy" = ${WORKER_ID}
    FROM due WHERE m.id = due.id
    RETURNING m.id, m."to", m.subject, m.html, m.text, m.headers, m.attempts, m."createdAt"`;
  return rows.map(({ attempts, ...row }) => ({ ...row, attempt: attempts }));
}

const INTERRUPTED_ON_LAST_ATTEMPT =
  "Delivery was interrupted on the last attempt (the worker stopped); it may or may not have arrived";

/**
 * Records a delivery. Only the claim that is still current may record (same attempt, still
 * SENDING): false when the lease had run out and another worker reclaimed the message.
 */
export async function markEmailSent(claim: Pick<ClaimedEmail, "id" | "attempt">): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "EmailMessage" SET status = 'SENT', "sentAt" = ${UTC_NOW}, "lastError" = NULL, "claimedBy" = NULL
    WHERE id = ${claim.id} AND status = 'SENDING' AND attempts = ${claim.attempt}`;
  return changed === 1;
}

/**
 * Records a failed attempt: back to PENDING until `retryInSeconds` have passed, or FAILED when
 * `retryInSeconds` is null (no further attempt). Same ownership rule as markEmailSent.
 */
export async function markEmailAttemptFailed(
  claim: Pick<ClaimedEmail, "id" | "attempt">,
  error: string,
  retryInSeconds: number | null,
): Promise<boolean> {
  const next =
    retryInSeconds === null
      ? Prisma.sql`status = 'FAILED'`
      : Prisma.sql`status = 'PENDING', "sendAfter" = ${UTC_NOW} + make_interval(secs => ${retryInSeconds}::int)`;
  const changed = await db.$executeRaw`
    UPDATE "EmailMessage" SET ${next}, "lastError" = ${error}, "claimedBy" = NULL
    WHERE id = ${claim.id} AND status = 'SENDING' AND attempts = ${claim.attempt}`;
  return changed === 1;
}

export type { EmailStatus };
