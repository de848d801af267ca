import "server-only";
import { readDb } from "./client";
import type { Prisma } from "./generated/client";

export interface AuthorRef {
  username: string;
  name: string;
  isCore: boolean;
  avatarUrl: string | null;
}

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  readingMinutes: number;
  viewCount: number;
  likeCount: number;
  coverImageUrl: string | null;
  author: AuthorRef | null;
  zone: { slug: string; name: string };
}

export interface TocEntry {
  depth: number;
  id: string;
  text: string;
}

export interface ArticleDetail extends ArticleSummary {
  bodyHtml: string;
  toc: TocEntry[];
  editorNote: string | null;
  canonicalUrl: string | null;
  updatedAt: Date;
  wordCount: number;
  /** The zone's id, for related-article lookups (`zone` holds what readers see). */
  zoneId: number;
  /** The zone's category, for breadcrumbs. */
  category: { slug: string; name: string };
  tags: { id: number; slug: string; name: string }[];
}

/** The columns of an ArticleSummary; shared by every read that returns one. */
export const articleSummarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  readingMinutes: true,
  viewCount: true,
  likeCount: true,
  coverImageUrl: true,
  author: { select: { username: true, name: true, isCore: true, avatarUrl: true } },
  zone: { select: { slug: true, name: true } },
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }>;

export function toArticleSummary(row: SummaryRow): ArticleSummary {
  // Only PUBLISHED rows reach here and publishing always sets publishedAt.
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

const newestFirst = [
  { publishedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.ArticleOrderByWithRelationInput[];

async function listNewestPublished(
  where: Prisma.ArticleWhereInput,
  limit: number,
): Promise<ArticleSummary[]> {
  const rows = await readDb.article.findMany({
    where: { ...where, status: "PUBLISHED" },
    orderBy: newestFirst,
    take: limit,
    select: articleSummarySelect,
  });
  return rows.map(toArticleSummary);
}

/** The newest published articles across the site. */
export function listLatestArticles(limit: number): Promise<ArticleSummary[]> {
  return listNewestPublished({}, limit);
}

/** The newest published articles of one category (through the denormalised categoryId). */
export function listCategoryArticles(categoryId: number, limit: number): Promise<ArticleSummary[]> {
  return listNewestPublished({ categoryId }, limit);
}

/** A published article by slug; drafts and other statuses are never returned. */
export async function getPublishedArticleBySlug(slug: string): Promise<ArticleDetail | null> {
  const row = await readDb.article.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      ...articleSummarySelect,
      bodyHtml: true,
      toc: true,
      editorNote: true,
      canonicalUrl: true,
      updatedAt: true,
      wordCount: true,
      zoneId: true,
      category: { select: { slug: true, name: true } },
      tags: {
        select: { tag: { select: { id: true, slug: true, name: true } } },
        orderBy: { tag: { name: "asc" } },
      },
    },
  });
  if (!row) return null;
  const { tags, toc, bodyHtml, editorNote, canonicalUrl, updatedAt, wordCount, zoneId, category, ...rest } =
    row;
  return {
    ...toArticleSummary(rest),
    bodyHtml,
    editorNote,
    canonicalUrl,
    updatedAt,
    wordCount,
    zoneId,
    category,
    toc: Array.isArray(toc) ? (toc as unknown as TocEntry[]) : [],
    tags: tags.map((t) => t.tag),
  };
}

/** Slugs of the newest published articles, to prerender the hottest pages at build. */
export async function listRecentArticleSlugs(limit: number): Promise<string[]> {
  const rows = await readDb.article.findMany({
    where: { status: "PUBLISHED" },
    orderBy: newestFirst,
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

export type FeedScope =
  { zoneId: number } | { categoryId: number } | { authorId: number } | Record<string, never>;

export interface ArticlePage {
  articles: ArticleSummary[];
  total: number;
}

/**
 * One page of a published feed, newest first. Deferred join: the OFFSET walks only the
 * (scope, status, publishedAt, id) index to find the page's ids, then the full rows are read
 * for those twenty ids, so a deep page costs little more than the first.
 */
export async function listPublishedPage(
  scope: FeedScope,
  page: number,
  pageSize: number,
): Promise<ArticlePage> {
  const where: Prisma.ArticleWhereInput = { ...scope, status: "PUBLISHED" };
  const [total, ids] = await Promise.all([
    readDb.article.count({ where }),
    readDb.article.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true },
    }),
  ]);
  if (ids.length === 0) return { articles: [], total };
  const rows = await readDb.article.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    orderBy: newestFirst,
    select: articleSummarySelect,
  });
  return { articles: rows.map(toArticleSummary), total };
}

/** Published articles with these ids, in the order of `ids`; unpublished or unknown ids are dropped. */
export async function listPublishedArticlesByIds(ids: number[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await readDb.article.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: articleSummarySelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toArticleSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
