import "server-only";
import { db } from "./client";

/** Members shown in the header: active (not suspended) accounts. */
export async function countMembers(): Promise<number> {
  return db.user.count({ where: { suspendedAt: null } });
}

export interface PublicProfile {
  id: number;
  username: string;
  name: string;
  /** The bio rendered and sanitized when it was saved; safe to output as HTML. */
  bioHtml: string;
  avatarUrl: string | null;
  isCore: boolean;
  joinedAt: Date;
  /** Published articles only; drafts and other statuses are not counted. */
  publishedArticleCount: number;
}

/** A member's public profile; null for unknown usernames and suspended accounts. */
export async function getPublicProfile(username: string): Promise<PublicProfile | null> {
  const row = await db.user.findFirst({
    where: { username, suspendedAt: null },
    select: {
      id: true,
      username: true,
      name: true,
      bioHtml: true,
      avatarUrl: true,
      isCore: true,
      createdAt: true,
      _count: { select: { articles: { where: { status: "PUBLISHED" } } } },
    },
  });
  if (!row) return null;
  const { createdAt, _count, ...rest } = row;
  return { ...rest, joinedAt: createdAt, publishedArticleCount: _count.articles };
}

/**
 * Usernames of active members among the authors of the newest published articles, newest
 * first, to prerender their profiles at build. Reads a bounded window of the newest articles
 * (the (status, publishedAt) index) rather than grouping every article.
 */
export async function listRecentAuthorUsernames(limit: number): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED", author: { suspendedAt: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit * 10,
    select: { author: { select: { username: true } } },
  });
  const usernames = new Set(rows.flatMap((r) => (r.author ? [r.author.username] : [])));
  return [...usernames].slice(0, limit);
}
