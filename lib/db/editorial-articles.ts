import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";
import { escapeLike } from "./members";

// Published article management (/editor/articles): published and unpublished (ARCHIVED)
// articles, searchable by title, and the list of unpublished slugs the proxy answers 410 for.

export const MANAGED_PAGE_SIZE = 25;
export const MANAGED_QUERY_MAX_LENGTH = 100;

export type ManagedStatus = "PUBLISHED" | "ARCHIVED";

export interface ManagedArticle {
  id: number;
  slug: string;
  title: string;
  status: ManagedStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  viewCount: number;
  author: { name: string; username: string } | null;
  zone: { name: string; slug: string };
}

export interface ManagedArticlePage {
  articles: ManagedArticle[];
  total: number;
  page: number;
  pages: number;
}

/**
 * Page `page` (from 1) of the articles in `status` whose title contains `query` (any case),
 * newest publication first.
 */
export async function listManagedArticles(
  status: ManagedStatus,
  query: string,
  page: number,
): Promise<ManagedArticlePage> {
  const q = query.trim().slice(0, MANAGED_QUERY_MAX_LENGTH);
  const where: Prisma.ArticleWhereInput = {
    status,
    ...(q ? { title: { contains: escapeLike(q), mode: "insensitive" } } : {}),
  };
  const current = Math.max(1, page);
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (current - 1) * MANAGED_PAGE_SIZE,
      take: MANAGED_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        version: true,
        publishedAt: true,
        updatedAt: true,
        viewCount: true,
        author: { select: { name: true, username: true } },
        zone: { select: { name: true, slug: true } },
      },
    }),
  ]);
  return {
    articles: rows.map((row) => ({ ...row, status: row.status as ManagedStatus })),
    total,
    page: current,
    pages: Math.max(1, Math.ceil(total / MANAGED_PAGE_SIZE)),
  };
}

/** Slugs of every unpublished article (their URLs answer 410 Gone); few, by the status index. */
export async function listArchivedSlugs(): Promise<string[]> {
  const rows = await db.article.findMany({ where: { status: "ARCHIVED" }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
