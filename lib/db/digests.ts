import "server-only";
import { recordAudit } from "./audit";
import { db } from "./client";
import type { DigestFrequency } from "./generated/client";
import {
  describeTargets,
  RENDERING_TRANSACTION,
  utcTimestamp,
  type SubscriptionTx,
  type TargetSummary,
} from "./subscriptions";
import { DIGEST_MAX_ARTICLES, NEWSLETTER_ARTICLES } from "@/lib/subscriptions/policy";
import { choiceKey } from "@/lib/subscriptions/schemas";
import { issueToken } from "@/lib/subscriptions/tokens";

// Digests (DESIGN.md §3 Subscription, DigestDelivery): one email per address and frequency with
// the articles published since that address's last digest, never an article twice. Each
// recipient is one transaction: DigestDelivery rows (unique per address and article), the
// outbox message and lastDigestAt commit together or not at all, so a run that dies half-way
// resumes with the recipients it had not finished, and a second run finds nothing new.

export interface DigestArticle {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  author: { name: string; username: string } | null;
  zone: { name: string; slug: string };
}

export interface DigestSubscription {
  target: TargetSummary;
  /** A fresh unsubscribe token for this subscription (the previous one stops working). */
  unsubscribeToken: string;
}

export interface Digest {
  email: string;
  frequency: DigestFrequency;
  /** Newest first, at most DIGEST_MAX_ARTICLES. */
  articles: DigestArticle[];
  /** New articles beyond the cap, not listed (the email links to the full list). */
  moreCount: number;
  subscriptions: DigestSubscription[];
}

/**
 * Addresses with a confirmed subscription at `frequency` that the run at `runAt` has not
 * handled yet, in address order after `after` (keyset paging through every recipient).
 */
export async function listDigestRecipients(
  frequency: DigestFrequency,
  runAt: Date,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db.subscription.findMany({
    where: {
      frequency,
      confirmedAt: { not: null, lte: runAt },
      OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: runAt } }],
      ...(after === null ? {} : { email: { gt: after } }),
    },
    distinct: ["email"],
    orderBy: { email: "asc" },
    take: limit,
    select: { email: true },
  });
  return rows.map((r) => r.email);
}

/** The new articles of `email`'s subscriptions at `frequency`, newest first, with the total. */
async function newArticleIds(
  tx: SubscriptionTx,
  email: string,
  frequency: DigestFrequency,
  runAt: Date,
): Promise<{ id: number; total: number }[]> {
  const until = utcTimestamp(runAt);
  // One branch per kind of target, so each walks its own (scope, status, publishedAt) index.
  // A subscription's window starts at its last digest, or when it was confirmed.
  return tx.$queryRaw<{ id: number; total: number }[]>`
    WITH subs AS (
      SELECT target, "targetId", GREATEST("lastDigestAt", "confirmedAt") AS since
      FROM "Subscription"
      WHERE email = ${email} AND frequency = ${frequency}::"DigestFrequency" AND "confirmedAt" IS NOT NULL
    ), found AS (
      SELECT a.id, a."publishedAt" FROM subs JOIN "Article" a
        ON subs.target = 'ZONE' AND a."zoneId" = subs."targetId"
        AND a.status = 'PUBLISHED' AND a."publishedAt" > subs.since AND a."publishedAt" <= ${until}
      UNION
      SELECT a.id, a."publishedAt" FROM subs JOIN "Article" a
        ON subs.target = 'CATEGORY' AND a."categoryId" = subs."targetId"
        AND a.status = 'PUBLISHED' AND a."publishedAt" > subs.since AND a."publishedAt" <= ${until}
      UNION
      SELECT a.id, a."publishedAt" FROM subs JOIN "Article" a
        ON subs.target = 'AUTHOR' AND a."authorId" = subs."targetId"
        AND a.status = 'PUBLISHED' AND a."publishedAt" > subs.since AND a."publishedAt" <= ${until}
      UNION
      (SELECT a.id, a."publishedAt" FROM subs JOIN "Article" a
        ON subs.target = 'NEWSLETTER'
        AND a.status = 'PUBLISHED' AND a."publishedAt" > subs.since AND a."publishedAt" <= ${until}
        ORDER BY a."viewCount" DESC, a.id DESC
        LIMIT ${NEWSLETTER_ARTICLES})
    )
    SELECT f.id, (count(*) OVER ())::int AS total FROM found f
    WHERE NOT EXISTS (
      SELECT 1 FROM "DigestDelivery" d WHERE d."recipientEmail" = ${email} AND d."articleId" = f.id
    )
    ORDER BY f."publishedAt" DESC, f.id DESC
    LIMIT ${DIGEST_MAX_ARTICLES}`;
}

/**
 * Builds and enqueues `email`'s digest at `frequency` for the run at `runAt`, in one
 * transaction. The address's subscriptions are locked first, so two runs at once take turns and
 * the second sees the first's lastDigestAt. `enqueue` writes the outbox message in the same
 * transaction and returns its id. Nothing new → nothing is sent, and the address counts as
 * handled. Returns how many articles went out.
 */
export async function deliverDigest(
  email: string,
  frequency: DigestFrequency,
  runAt: Date,
  enqueue: (tx: SubscriptionTx, digest: Digest) => Promise<number>,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: number; due: boolean }[]>`
        SELECT id, ("lastDigestAt" IS NULL OR "lastDigestAt" < ${utcTimestamp(runAt)}) AS due
        FROM "Subscription"
        WHERE email = ${email} AND frequency = ${frequency}::"DigestFrequency" AND "confirmedAt" IS NOT NULL
        ORDER BY id
        FOR UPDATE`;
    if (!locked.some((row) => row.due)) return 0;
    const ids = locked.map((row) => row.id);
    const markHandled = () =>
      tx.subscription.updateMany({
        where: { id: { in: ids }, OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: runAt } }] },
        data: { lastDigestAt: runAt },
      });

    const found = await newArticleIds(tx, email, frequency, runAt);
    // The unique (recipientEmail, articleId) decides: an article another digest of this
    // address (the other frequency) took meanwhile is skipped here, not sent twice.
    const claimed = found.length
      ? await tx.$queryRaw<{ id: number; articleId: number }[]>`
            INSERT INTO "DigestDelivery" ("recipientEmail", "articleId")
            SELECT ${email}, unnest(${found.map((f) => f.id)}::int[])
            ON CONFLICT ("recipientEmail", "articleId") DO NOTHING
            RETURNING id, "articleId"`
      : [];
    if (claimed.length === 0) {
      await markHandled();
      return 0;
    }

    const articles = await readArticles(
      tx,
      claimed.map((c) => c.articleId),
    );
    const subscriptions = await rotateTokens(tx, ids);
    const messageId = await enqueue(tx, {
      email,
      frequency,
      articles,
      moreCount: Math.max(0, (found[0]?.total ?? 0) - found.length),
      subscriptions,
    });
    await tx.digestDelivery.updateMany({
      where: { id: { in: claimed.map((c) => c.id) } },
      data: { emailMessageId: messageId },
    });
    await markHandled();
    return articles.length;
  }, RENDERING_TRANSACTION);
}

async function readArticles(tx: SubscriptionTx, ids: number[]): Promise<DigestArticle[]> {
  const rows = await tx.article.findMany({
    where: { id: { in: ids } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      publishedAt: true,
      author: { select: { name: true, username: true } },
      zone: { select: { name: true, slug: true } },
    },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/**
 * New unsubscribe tokens for the subscriptions a digest lists. Only hashes are stored, so the
 * links of an email can only be made when it is written; each email's links replace the
 * previous email's.
 */
async function rotateTokens(tx: SubscriptionTx, ids: number[]): Promise<DigestSubscription[]> {
  const rows = await tx.subscription.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: { id: true, target: true, targetId: true },
  });
  const known = await describeTargets(tx, rows);
  const result: DigestSubscription[] = [];
  for (const row of rows) {
    const target = known.get(choiceKey(row.target, row.targetId));
    if (!target) continue;
    const { token, hash } = issueToken();
    await tx.subscription.update({ where: { id: row.id }, data: { unsubscribeTokenHash: hash } });
    result.push({ target, unsubscribeToken: token });
  }
  return result;
}

/** The audit entry of a digest run an admin started by hand. */
export async function recordDigestRun(
  actorId: number,
  run: { frequency: DigestFrequency; runAt: string; sent: number; articles: number; failed: number },
): Promise<void> {
  await recordAudit(db, {
    actorId,
    action: "digest.run",
    targetType: "Digest",
    targetId: run.frequency,
    details: { runAt: run.runAt, sent: run.sent, articles: run.articles, failed: run.failed },
  });
}

export interface ActiveDigestJob {
  id: string;
  data: unknown;
  startedOn: Date;
}

/**
 * Digest jobs pg-boss counts as running (`queue` is the queue's name). One whose process died
 * stays so until its expiry (15 minutes); lib/digest/job.ts resumeInterruptedDigestRuns reruns it.
 */
export async function listActiveDigestJobs(queue: string): Promise<ActiveDigestJob[]> {
  return db.$queryRaw<ActiveDigestJob[]>`
    SELECT id::text AS id, data, started_on AS "startedOn" FROM pgboss.job
    WHERE name = ${queue} AND state = 'active'`;
}
