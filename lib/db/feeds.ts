import "server-only";
import { readDb } from "./client";
import type { Prisma } from "./generated/client";

// Reads behind the RSS / Atom / JSON feeds: the scope a feed belongs to and its newest
// published articles with everything a feed item carries (full HTML included).

export type FeedScopeKind = "site" | "category" | "zone" | "user";

/** What a feed is about; `key` is the slug or username from the URL (null for the site). */
export interface FeedScope {
  kind: FeedScopeKind;
  key: string | null;
  name: string;
  description: string;
  /** Narrows the article query to this scope. */
  filter: { categoryId: number } | { zoneId: number } | { authorId: number } | null;
}

export interface FeedArticle {
  id: number;
  slug: string;
  title: string;
  summary: string;
  /** Sanitized at save time; feeds only make its URLs absolute. */
  bodyHtml: string;
  coverImageUrl: string | null;
  publishedAt: Date;
  updatedAt: Date;
  /** Null for a former member's article. */
  author: { username: string; name: string } | null;
  zone: { slug: string; name: string };
  tags: { slug: string; name: string }[];
}

/** A feed carries at most this many items (the newest). */
export const FEED_ITEM_LIMIT = 50;

const SITE_SCOPE: FeedScope = { kind: "site", key: null, name: "", description: "", filter: null };

/** The scope of a feed, or null when the category, zone or user does not exist. */
export async function getFeedScope(kind: FeedScopeKind, key: string | null): Promise<FeedScope | null> {
  if (kind === "site") return SITE_SCOPE;
  if (!key) return null;
  if (kind === "category") {
    const row = await readDb.category.findUnique({
      where: { slug: key },
      select: { id: true, name: true, description: true },
    });
    return row && { kind, key, name: row.name, description: row.description, filter: { categoryId: row.id } };
  }
  if (kind === "zone") {
    const row = await readDb.zone.findUnique({
      where: { slug: key },
      select: { id: true, name: true, description: true },
    });
    return row && { kind, key, name: row.name, description: row.description, filter: { zoneId: row.id } };
  }
  const row = await readDb.user.findUnique({ where: { username: key }, select: { id: true, name: true } });
  return row && { kind, key, name: row.name, description: "", filter: { authorId: row.id } };
}

const feedArticleSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  bodyHtml: true,
  coverImageUrl: true,
  publishedAt: true,
  updatedAt: true,
  author: { select: { username: true, name: true } },
  zone: { select: { slug: true, name: true } },
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.ArticleSelect;

/**
 * The newest PUBLISHED articles of a scope, newest first by publishedAt then id (the order of
 * the (scope, status, publishedAt, id) indexes, so this is one index range scan). Drafts,
 * submitted or scheduled, changes-requested, rejected and archived articles never appear.
 */
export async function listFeedArticles(
  scope: FeedScope,
  limit: number = FEED_ITEM_LIMIT,
): Promise<FeedArticle[]> {
  const rows = await readDb.article.findMany({
    where: { ...scope.filter, status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: feedArticleSelect,
  });
  return rows.map(({ tags, publishedAt, ...row }) => ({
    ...row,
    // Publishing always sets publishedAt; the fallback only keeps the type honest.
    publishedAt: publishedAt ?? row.updatedAt,
    tags: tags.map((t) => t.tag),
  }));
}
