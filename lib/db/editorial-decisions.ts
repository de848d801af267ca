import "server-only";
import {
  ArticleNotFoundError,
  IllegalTransitionError,
  StaleArticleError,
  transitionArticle,
  type TransitionProblem,
  type TransitionRequest,
  type TransitionResult,
} from "./article-transitions";
import { db } from "./client";
import type { ArticleStatus, Prisma } from "./generated/client";
import { getLatestEvent, type ReviewEvent } from "./review";

// The write behind every editorial decision: one transaction that changes the article through
// the status machine and does what must commit with it (the author's email in the outbox).
// transitionArticle locks the row first, so of two editors deciding at once the second waits,
// then finds the first one's status (or version) and is told who decided what.

/** What an article's reader pages and feeds are tagged with (lib/editorial/reader-tags.ts). */
export interface ArticleSurfaces {
  id: number;
  slug: string;
  status: ArticleStatus;
  zoneSlug: string;
  categorySlug: string;
  /** Null for a former member. */
  authorUsername: string | null;
}

/** Who an email about the article goes to, and what it is called. */
export interface DecisionContext {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  version: number;
  scheduledFor: Date | null;
  scheduledJobId: string | null;
  /** Null for a former member: nobody to tell. */
  author: { id: number; name: string; email: string } | null;
  zoneName: string;
}

export async function getDecisionContext(articleId: number): Promise<DecisionContext | null> {
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      version: true,
      scheduledFor: true,
      scheduledJobId: true,
      author: { select: { id: true, name: true, email: true } },
      zone: { select: { name: true } },
    },
  });
  if (!row) return null;
  const { zone, ...rest } = row;
  return { ...rest, zoneName: zone.name };
}

export type DecisionWrite =
  | { ok: true; result: TransitionResult; surfaces: ArticleSurfaces }
  | { ok: false; kind: "not-found" }
  /** Someone else acted first (status or version moved on): what it is now and who did it. */
  | {
      ok: false;
      kind: "conflict";
      status: ArticleStatus;
      version: number;
      latest: ReviewEvent | null;
    }
  /** The machine refuses it on its merits (missing feedback, not scheduled, not an editor). */
  | { ok: false; kind: "refused"; problem: TransitionProblem; message: string };

/** What must commit with a decision (the author's email in the outbox). */
export type DecisionAlongside = (tx: Prisma.TransactionClient, result: TransitionResult) => Promise<void>;

/**
 * Applies `request` and, in the same transaction, `alongside`. Nothing is written when either
 * refuses.
 */
export async function applyDecision(
  request: TransitionRequest,
  alongside?: DecisionAlongside,
): Promise<DecisionWrite> {
  try {
    return await db.$transaction(async (tx) => {
      const result = await transitionArticle(tx, request);
      await alongside?.(tx, result);
      return { ok: true as const, result, surfaces: await readSurfaces(request.articleId, tx) };
    });
  } catch (error) {
    if (error instanceof ArticleNotFoundError) return { ok: false, kind: "not-found" };
    if (error instanceof StaleArticleError) return conflict(request.articleId);
    if (error instanceof IllegalTransitionError) {
      // Wrong status means another decision (or the author) got there first; anything else is
      // this request's own fault.
      if (error.problem === "illegal-status") return conflict(request.articleId);
      return { ok: false, kind: "refused", problem: error.problem, message: error.message };
    }
    throw error;
  }
}

async function conflict(articleId: number): Promise<DecisionWrite> {
  const [row, latest] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { status: true, version: true } }),
    getLatestEvent(articleId),
  ]);
  if (!row) return { ok: false, kind: "not-found" };
  return { ok: false, kind: "conflict", status: row.status, version: row.version, latest };
}

/** The article's reader surfaces, read in `tx` (or outside any transaction). */
export async function readSurfaces(
  articleId: number,
  tx: Prisma.TransactionClient = db,
): Promise<ArticleSurfaces> {
  const row = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      id: true,
      slug: true,
      status: true,
      zone: { select: { slug: true } },
      category: { select: { slug: true } },
      author: { select: { username: true } },
    },
  });
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    zoneSlug: row.zone.slug,
    categorySlug: row.category.slug,
    authorUsername: row.author?.username ?? null,
  };
}

/** The editor whose schedule is pending: the actor of the newest schedule event, if any. */
export async function findSchedulingEditor(articleId: number): Promise<number | null> {
  const event = await db.articleEvent.findFirst({
    where: { articleId, reason: "schedule" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true },
  });
  return event?.actorId ?? null;
}
