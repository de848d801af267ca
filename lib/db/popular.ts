import "server-only";
import { readDb } from "./client";
import { articleSummarySelect, toArticleSummary, type ArticleSummary } from "./articles";

// "Popular this week": most-viewed published articles and zones over the last `days` UTC
// days, summed from ArticleDailyView. The window is read through the (day, articleId) index
// and aggregated per article before it meets the Article table, so the cost follows the
// number of view rows in the window, not the size of the catalogue.

export interface PopularWindow {
  /** Days in the window, today (UTC) included: 7 = today and the six days before. */
  days: number;
  limit: number;
  /** Reference time (tests); defaults to now. */
  now?: Date;
}

export interface PopularArticle extends ArticleSummary {
  /** Views in the window (all-time views are `viewCount`). */
  periodViews: number;
}

export interface PopularZone {
  slug: string;
  name: string;
  views: number;
}

const DAY_MS = 86_400_000;

type ZoneRow = { slug: string; name: string; views: bigint };

function toZone(row: ZoneRow): PopularZone {
  return { slug: row.slug, name: row.name, views: Number(row.views) };
}

/** First and last UTC day (`YYYY-MM-DD`) of the window ending on `now`'s UTC day. */
export function popularWindowDays(days: number, now: Date): { from: string; to: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = new Date(today - (Math.max(1, days) - 1) * DAY_MS);
  return { from: from.toISOString().slice(0, 10), to: new Date(today).toISOString().slice(0, 10) };
}

async function summariesInOrder(ranked: { id: number; views: number }[]): Promise<PopularArticle[]> {
  if (ranked.length === 0) return [];
  const rows = await readDb.article.findMany({
    where: { id: { in: ranked.map((r) => r.id) }, status: "PUBLISHED" },
    select: articleSummarySelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap(({ id, views }) => {
    const row = byId.get(id);
    return row ? [{ ...toArticleSummary(row), periodViews: views }] : [];
  });
}

/**
 * The most-viewed published articles of the window, most views first; equal counts go to the
 * higher id (the more recently created article), so the order is stable between renders.
 */
export async function listPopularArticles({
  days,
  limit,
  now = new Date(),
}: PopularWindow): Promise<PopularArticle[]> {
  const { from, to } = popularWindowDays(days, now);
  // The window's rows are summed per article and sorted first; the LATERAL probe then looks
  // up Article by primary key only until `limit` published ones are found, instead of joining
  // every viewed article (EXPLAIN on 100k articles / 1M view rows: docs/architecture.md).
  // Sums are bigint (a week of busy days can pass INTEGER's range); Number() is exact far beyond.
  const ranked = await readDb.$queryRaw<{ id: number; views: bigint }[]>`
    SELECT w."articleId" AS id, w.views
    FROM (
      SELECT "articleId", sum(count) AS views
      FROM "ArticleDailyView"
      WHERE day BETWEEN ${from}::date AND ${to}::date
      GROUP BY "articleId"
      HAVING sum(count) > 0
      ORDER BY views DESC, "articleId" DESC
    ) w
    CROSS JOIN LATERAL (
      SELECT 1 FROM "Article" a WHERE a.id = w."articleId" AND a.status = 'PUBLISHED'
    ) published
    ORDER BY w.views DESC, w."articleId" DESC
    LIMIT ${limit}`;
  return summariesInOrder(ranked.map((r) => ({ id: r.id, views: Number(r.views) })));
}

/**
 * The zones whose published articles were viewed most in the window; equal counts are
 * ordered by zone name, then slug.
 */
export async function listPopularZones({
  days,
  limit,
  now = new Date(),
}: PopularWindow): Promise<PopularZone[]> {
  const { from, to } = popularWindowDays(days, now);
  const rows = await readDb.$queryRaw<ZoneRow[]>`
    SELECT z.slug, z.name, sum(w.views)::bigint AS views
    FROM (
      SELECT "articleId", sum(count) AS views
      FROM "ArticleDailyView"
      WHERE day BETWEEN ${from}::date AND ${to}::date
      GROUP BY "articleId"
    ) w
    JOIN "Article" a ON a.id = w."articleId" AND a.status = 'PUBLISHED'
    JOIN "Zone" z ON z.id = a."zoneId"
    GROUP BY z.id
    HAVING sum(w.views) > 0
    ORDER BY views DESC, z.name ASC, z.slug ASC
    LIMIT ${limit}`;
  return rows.map(toZone);
}

/**
 * All-time most-viewed published articles (Article.viewCount): the fallback when nobody read
 * anything in the window, so a "popular" list is never empty while content exists.
 */
export async function listMostViewedArticles(limit: number): Promise<PopularArticle[]> {
  const rows = await readDb.article.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ viewCount: "desc" }, { publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: articleSummarySelect,
  });
  return rows.map((row) => ({ ...toArticleSummary(row), periodViews: row.viewCount }));
}

/** All-time most-viewed zones (summed viewCount of their published articles); the fallback. */
export async function listMostViewedZones(limit: number): Promise<PopularZone[]> {
  const rows = await readDb.$queryRaw<ZoneRow[]>`
    SELECT z.slug, z.name, sum(a."viewCount") AS views
    FROM "Article" a
    JOIN "Zone" z ON z.id = a."zoneId"
    WHERE a.status = 'PUBLISHED'
    GROUP BY z.id
    ORDER BY views DESC, z.name ASC, z.slug ASC
    LIMIT ${limit}`;
  return rows.map(toZone);
}
