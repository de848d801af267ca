import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";

// Reads for the editor dashboard. A submission is "waiting" while it is SUBMITTED and no editor
// has scheduled it yet; a scheduled one is decided and only waits for its publishing job.

export const REVIEW_QUEUE_LIMIT = 50;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const waitingWhere = { status: "SUBMITTED", scheduledFor: null } as const satisfies Prisma.ArticleWhereInput;

export interface EditorDashboardCounts {
  waiting: number;
  /** When the submission that has waited longest was submitted; null when none waits. */
  oldestSubmittedAt: Date | null;
  /** SUBMITTED articles an editor has scheduled to publish later. */
  scheduled: number;
  /** Articles published in the 7 days up to `now` (future-dated ones are not out yet). */
  publishedThisWeek: number;
}

export async function getEditorDashboardCounts(now: Date): Promise<EditorDashboardCounts> {
  const [waiting, scheduled, publishedThisWeek] = await Promise.all([
    db.article.aggregate({ where: waitingWhere, _count: { _all: true }, _min: { submittedAt: true } }),
    db.article.count({ where: { status: "SUBMITTED", scheduledFor: { not: null } } }),
    db.article.count({
      where: { status: "PUBLISHED", publishedAt: { gt: new Date(now.getTime() - WEEK_MS), lte: now } },
    }),
  ]);
  return {
    waiting: waiting._count._all,
    oldestSubmittedAt: waiting._min.submittedAt,
    scheduled,
    publishedThisWeek,
  };
}

export interface ReviewQueueItem {
  id: number;
  title: string;
  /** Null for a former member (account deleted, articles kept). */
  author: { name: string; username: string } | null;
  zone: { name: string; slug: string };
  submittedAt: Date | null;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  /** Waiting submissions beyond the first `limit`. */
  more: number;
}

/**
 * The waiting submissions, the one that has waited longest first (the (status, submittedAt)
 * index), at most `limit` of them plus how many more there are.
 */
export async function listReviewQueue(limit = REVIEW_QUEUE_LIMIT): Promise<ReviewQueue> {
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where: waitingWhere,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        title: true,
        submittedAt: true,
        author: { select: { name: true, username: true } },
        zone: { select: { name: true, slug: true } },
      },
    }),
    db.article.count({ where: waitingWhere }),
  ]);
  return { items: rows, more: Math.max(0, total - rows.length) };
}

export interface ScheduledItem {
  id: number;
  title: string;
  author: { name: string; username: string } | null;
  scheduledFor: Date;
}

/** Accepted submissions waiting for their publish time, soonest first (the (status, scheduledFor) index). */
export async function listScheduled(limit = REVIEW_QUEUE_LIMIT): Promise<ScheduledItem[]> {
  const rows = await db.article.findMany({
    where: { status: "SUBMITTED", scheduledFor: { not: null } },
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true, scheduledFor: true, author: { select: { name: true, username: true } } },
  });
  return rows.flatMap(({ scheduledFor, ...row }) => (scheduledFor ? [{ ...row, scheduledFor }] : []));
}
