import "server-only";
import type { ArticleDetail, TocEntry } from "./articles";
import { db } from "./client";
import type { ArticleStatus } from "./generated/client";

export type { ArticleStatus };

// Reads for the editor's review page (/editor/review/[id]): the article in any status with what
// readers would see, its history, the revisions the diff compares and the author's record.

export interface ReviewArticle extends Omit<ArticleDetail, "publishedAt" | "author"> {
  status: ArticleStatus;
  version: number;
  bodyMarkdown: string;
  submittedAt: Date | null;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  /** Null for a former member (account deleted, articles kept). */
  author: {
    id: number;
    username: string;
    name: string;
    isCore: boolean;
    avatarUrl: string | null;
    suspended: boolean;
  } | null;
}

export async function getReviewArticle(id: number): Promise<ReviewArticle | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      bodyMarkdown: true,
      bodyHtml: true,
      toc: true,
      status: true,
      version: true,
      readingMinutes: true,
      wordCount: true,
      viewCount: true,
      likeCount: true,
      coverImageUrl: true,
      editorNote: true,
      canonicalUrl: true,
      submittedAt: true,
      publishedAt: true,
      scheduledFor: true,
      updatedAt: true,
      zoneId: true,
      author: {
        select: { id: true, username: true, name: true, isCore: true, avatarUrl: true, suspendedAt: true },
      },
      zone: { select: { slug: true, name: true } },
      category: { select: { slug: true, name: true } },
      tags: {
        select: { tag: { select: { id: true, slug: true, name: true } } },
        orderBy: { tag: { name: "asc" } },
      },
    },
  });
  if (!row) return null;
  const { author, tags, toc, ...rest } = row;
  return {
    ...rest,
    toc: Array.isArray(toc) ? (toc as unknown as TocEntry[]) : [],
    tags: tags.map((link) => link.tag),
    author: author && {
      id: author.id,
      username: author.username,
      name: author.name,
      isCore: author.isCore,
      avatarUrl: author.avatarUrl,
      suspended: author.suspendedAt !== null,
    },
  };
}

export interface ReviewEvent {
  id: number;
  createdAt: Date;
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  note: string | null;
  reason: string | null;
  /** Null when the account is gone. */
  actor: { id: number; name: string; username: string } | null;
}

const eventSelect = {
  id: true,
  createdAt: true,
  fromStatus: true,
  toStatus: true,
  note: true,
  reason: true,
  actor: { select: { id: true, name: true, username: true } },
} as const;
const newestEventFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;

/** Every status change and editor edit of the article, newest first. */
export async function listReviewEvents(articleId: number): Promise<ReviewEvent[]> {
  return db.articleEvent.findMany({
    where: { articleId },
    orderBy: [...newestEventFirst],
    select: eventSelect,
  });
}

/** The newest event of the article (who decided what, for "already decided"), or null. */
export async function getLatestEvent(articleId: number): Promise<ReviewEvent | null> {
  return db.articleEvent.findFirst({
    where: { articleId },
    orderBy: [...newestEventFirst],
    select: eventSelect,
  });
}

export interface RevisionSnapshot {
  id: number;
  title: string;
  summary: string;
  bodyMarkdown: string;
  version: number;
  /** "submit", "publish" or "edit" (an editor's correction). */
  reason: string;
  createdAt: Date;
  editor: { name: string } | null;
}

/**
 * The snapshots the review diff compares: the two newest submissions and the editor edits made
 * since the newest one, newest first. Older history is not needed to review what is in front of
 * the editor, so at most a few rows are read whatever the article's history.
 */
export async function listReviewRevisions(articleId: number): Promise<{
  submissions: RevisionSnapshot[];
  editsSinceSubmission: RevisionSnapshot[];
}> {
  const select = {
    id: true,
    title: true,
    summary: true,
    bodyMarkdown: true,
    version: true,
    reason: true,
    createdAt: true,
    editor: { select: { name: true } },
  } as const;
  const submissions = await db.articleRevision.findMany({
    where: { articleId, reason: "submit" },
    orderBy: [...newestEventFirst],
    take: 2,
    select,
  });
  const latest = submissions[0];
  const editsSinceSubmission = latest
    ? await db.articleRevision.findMany({
        where: { articleId, reason: "edit", id: { gt: latest.id } },
        orderBy: [...newestEventFirst],
        take: 20,
        select,
      })
    : [];
  return { submissions, editsSinceSubmission };
}

export interface AuthorRecord {
  published: number;
  rejected: number;
  /** Every article the author ever sent to review (their submissions, counted once each). */
  submitted: number;
}

/** How an author's work has fared: what got published, what was rejected. */
export async function getAuthorRecord(authorId: number): Promise<AuthorRecord> {
  const [byStatus, submitted] = await Promise.all([
    db.article.groupBy({
      by: ["status"],
      where: { authorId, status: { in: ["PUBLISHED", "REJECTED"] } },
      _count: { _all: true },
    }),
    db.article.count({ where: { authorId, submittedAt: { not: null } } }),
  ]);
  const count = (status: ArticleStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return { published: count("PUBLISHED"), rejected: count("REJECTED"), submitted };
}
